// GENERATED FILE: do not edit. Regenerate with `npm run fonts`
// (scripts/generate-font-metrics.mjs) from @expo-google-fonts/inter 0.4.2.
//
// Horizontal advances of Inter, in font units, per code point. Each block
// starts at `first`; `advances` holds one base-36 number per following
// code point, comma separated, empty where the font maps no glyph.

export interface GeneratedFontMetrics {
  readonly weight: 400 | 600;
  readonly source: string;
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
  readonly capHeight: number;
  readonly xHeight: number;
  /** Advance used for every code point the table does not map. */
  readonly fallbackAdvance: number;
  readonly blocks: readonly { readonly first: number; readonly advances: string }[];
}

// Code points that draw nothing of their own where the font maps no glyph
// (Unicode 17.0 marks and default-ignorables): base-36 "first-last" or
// single code points, comma separated, ascending.
export const ZERO_WIDTH = '4t,lc-of,w3-w9,13l-14t,14v,14x-14y,150-151,153,174-17e,17g,18r-19b,19s,1cm-1cs,1cv-1d0,1d3-1d4,1d6-1d9,1e9,1f4-1fu,1ie-1io,1kb-1kj,1kt,1li-1ll,1ln-1lv,1lx-1lz,1m1-1m5,1nd-1nf,1p3-1pb,1qi-1r5,1r7-1s2,1tm,1to,1tt-1u0,1u5,1u9-1uf,1uq-1ur,1vl,1x8,1xd-1xg,1xp,1ya-1yb,1z2,1z5-1z6,20s,20x-20y,213-214,217-219,21d,228-229,22d,22p-22q,24c,24h-24l,24n-24o,24t,25e-25f,262-267,269,27w,27z,281-284,28d,28l-28m,28y-28z,29u,2bk,2bx,2dc,2dg,2f0,2f2-2f4,2fa-2fc,2fe-2fh,2fp-2fq,2g2-2g3,2gx,2ik,2in,2iu,2j0-2j1,2jm-2jn,2kg-2kh,2m3-2m4,2m9-2mc,2ml,2n6-2n7,2o1,2q2,2qa-2qc,2qe,2sx,2t0-2t6,2tj-2tq,2wh,2wk-2ws,2x4-2xa,2zc-2zd,305,307,309,31t-326,328-32c,32e-32f,32l-32v,32x-33w,346,371-374,376-37b,37d-37e,37h-37i,388-389,38e-38g,38x-390,39e,39h-39i,39p,3a5,3fj-3fk,3tp-3tr,4k2-4k4,4ky-4kz,4lu-4lv,4mq-4mr,4ok-4ol,4on-4ot,4p2,4p5-4pf,4pp,4qz-4r3,4ud-4ue,4vd,4yo-4yq,4yv-4yw,4z6,4zd-4zf,55j-55k,55n,57a,57c-57i,57k,57m,57p-57w,583-58c,58f,59s-5b1,5b4-5bf,5c0-5c3,5dg,5di-5dm,5do,5du,5ez-5f7,5fk-5fl,5gi-5gl,5go-5gp,5gr-5gt,5ie,5ig-5ih,5il,5in-5ip,5kc-5kj,5km-5kn,5ow-5oy,5p0-5pc,5pe-5pk,5pp,5pw,5q0-5q1,5vk-5xb,6bv-6bz,6cq-6cu,6e8-6en,6hc-6i8,8vj-8vl,8zj,928-933,9ii-9il,9ll-9lm,9r8,wvj-wvm,wvo-wvx,wwu-wwv,wz4-wz5,x6q,x6u,x6z,x7p-x7q,x7w,xc4-xc5,xcw-xdd,xdr,xeu-xf1,xfr-xg1,xhc-xhe,xir,xiu-xix,xj0-xj1,xk5,xm1-xm6,xm9-xma,xmd-xme,xmr,xn0,xoc,xps,xpu-xpw,xpz-xq0,xq6-xq7,xq9,xrg-xrh,xrq,xyd,xyg,xyl,1dlq,1e68-1e6n,1e74-1e7j,1edb,1ehs,1ek0-1ek8,1eyl,1f4w,1f92-1f96,1gjl-1gjn,1gjp-1gjq,1gjw-1gjz,1gl4-1gl6,1glb,1gpx-1gpy,1h5w-1h5z,1h7t-1h7x,1hgr-1hgs,1hiy-1hj3,1hl2-1hlc,1hmq-1hmt,1hq9,1hrs-1hs6,1htc,1htf-1htg,1htr-1htt,1hv7-1hva,1hvd-1hve,1hvm,1hxc-1hxe,1hyf-1hyj,1hyl-1hys,1i0j,1i0w-1i0x,1i2e-1i2m,1i2x-1i30,1i33,1i5r-1i5t,1i5w,1i5y-1i5z,1i66,1i69,1ian,1iar-1iay,1ibk-1ibl,1id7-1id8,1idc,1iee-1iek,1ieo-1ies,1igr-1igw,1iha,1ihc,1ihe,1iht-1ihu,1ik8-1ikf,1iki-1ikk,1ikm,1ila,1inn-1ins,1inu,1inz-1io0,1io2-1io3,1iuq-1iut,1iv0-1iv1,1iv3-1iv4,1ivw-1ivx,1iyb-1iyi,1iyl,1iyn-1iyo,1j1n,1j1p,1j1s-1j1x,1j1z,1j4t,1j4v,1j4y-1j51,1j53-1j57,1jcf-1jcn,1jcp-1jcq,1jjv-1jjw,1jjy,1jk3,1jo4-1jo7,1joa-1job,1jog,1jpd-1jpm,1jqr-1jqw,1jqz-1jr2,1jrb,1jrl-1jrq,1jrt-1jrv,1jt6-1jti,1jtk-1jtl,1jz4,1jz6-1jz8,1jza,1k4w-1k52,1k54-1k59,1k5b,1k7m-1k87,1k8a-1k8g,1k8i-1k8j,1k8l-1k8m,1kc1-1kc6,1kca,1kcc-1kcd,1kcf-1kcl,1kcn,1keo-1kep,1ket,1kev,1koj-1kok,1kow-1kox,1kqe-1kqi,1kqo,1kqq,1kre,1ow0,1ow7-1owl,1xr2-1xrd,1xrh-1xrj,1zow-1zp0,1zqo-1zqu,20jz,20lr-20lu,20o4,2ftp-2ftq,2fts-2ftv,2jgg-2jhp,2jhs-2jie,2jxj-2jxl,2jxv-2jya,2jyd-2jyj,2jze-2jzh,2k3m-2k3o,2lmo-2lo6,2lob-2lpo,2lpx,2lqc,2lqz-2lr3,2lr5-2lrj,2mtc-2mti,2mtk-2mu0,2mu3-2mu9,2mub-2muc,2mue-2mui,2mxb,2n1s-2n1y,2nce,2ne4-2ne7,2nsc-2nsf,2nzi-2nzj,2o6b,2o6e,2o6m-2o6n,2o6t,2ok0-2ok6,2on8-2one,jny8-jr3z';

// Emoji Inter does not map, measured as one emoji font advance each (Noto Emoji,
// Version 3.006): base-36 ranges as above, and that advance in em.
export const EMOJI = '6k9,6xm-6xn,6y0,73d-73n,73s-73u,7fv,7i3-7i6,7i9-7ic,7im,7ip,7is-7it,7iw,7j1,7j4,7j6-7j7,7ja,7je,7ji-7jj,7js-7ju,7k0,7k2,7k8-7kj,7kv-7kw,7kz,7l2,7l4,7ln,7lq-7lr,7ma-7mf,7mh,7mj-7mk,7mp,7mv,7my-7mz,7n4-7n5,7nh-7ni,7no-7np,7ns,7ny-7nz,7o1,7o3-7o4,7op-7oq,7ow-7p1,7p3-7p6,7p9,7pe,7ph,7pk-7pp,7pr,7pu,7pw,7py,7q5,7q9,7qg,7qr-7qs,7r8,7rb,7rg,7ri,7rn-7rp,7rr,7s3,7th-7tj,7tt,7u8,7un,850-851,8hx,8hz,8ij,8k0,8k5,9io,9j1,9zr,9zt,2pz8,2q4v,2q9c-2q9d,2q9q-2q9r,2qa6,2qa9-2qai,2qcm-2qdb,2qdd-2qde,2qe2,2qen,2qeq-2qey,2qfk-2qfl,2qkg-2qld,2qlg-2qoj,2qom-2qon,2qop-2qor,2qou-2qr4,2qr7-2qr9,2qrb-2qyl,2qyn-2r0d,2r0p-2r0u,2r0w-2r1j,2r1r-2r1s,2r1v-2r22,2r2f,2r2i-2r2l,2r2o,2r2t-2r2u,2r38-2r39,2r3c,2r3l-2r3m,2r3w,2r42-2r44,2r4h-2r4j,2r4s-2r4u,2r4x,2r4z,2r54,2r5b,2r5f,2r5m-2r7z,2r9c-2rb9,2rbf-2rbm,2rbp-2rbt,2rbw-2rc5,2rc9,2rcb-2rcc,2rcg,2rcj-2rcs,2rj4-2rjf,2rjk,2rrg-2rsq,2rss-2rt1,2rt3-2ry7,2s1c-2s1o,2s1s-2s3q,2s3s,2s3w-2s4d,2s4f-2s4r,2s4v-2s56,mbqd-mbqm,mcdo,mcdq-mcdz';
export const EMOJI_EM = 1.26953125;

export const INTER_400: GeneratedFontMetrics = {
  weight: 400,
  source: '400Regular/Inter_400Regular.ttf (Version 4.001;git-66647c0bb)',
  unitsPerEm: 2048,
  ascender: 1984,
  descender: -494,
  lineGap: 0,
  capHeight: 1490,
  xHeight: 1118,
  fallbackAdvance: 1047,
  blocks: [
    { first: 0x0020, advances: 'g0,gd,qi,101,10i,1jv,10n,h2,kr,kr,si,11n,ge,q6,ge,ki,zw,n5,yp,z5,10r,xr,za,w7,z7,za,ge,h6,11n,11n,11n,t3,1iy,139,118,15k,152,y7,xl,16g,16a,fa,wh,128,w6,1fe,16v,17i,10c,17i,10m,10i,10q,16c,139,1k2,12t,12m,zs,kr,ki,kr,qt,py,id,vy,yu,wi,yu,x6,l2,yw,xn,ds,ds,v8,ds,1du,xm,y4,yu,yu,lf,u1,im,xn,vz,1ak,v2,vz,vf,o9,ix,o9,11n' },
    { first: 0x00a0, advances: 'g0,gd,wi,yr,158,va,fd,wc,xm,1g0,pt,x5,11n,,11w,r6,px,11n,p5,pd,id,xc,ya,ge,f9,hb,rg,x5,19n,1c7,1e6,t3,139,139,139,139,139,139,1kj,15k,y7,y7,y7,y7,fa,fa,fa,fa,15t,16v,17i,17i,17i,17i,17i,11n,17i,16c,16c,16c,16c,12m,106,z2,vy,vy,vy,vy,vy,vy,1g7,wi,x6,x6,x6,x6,ds,ds,ds,ds,x5,xm,y4,y4,y4,y4,y4,11n,y4,xn,xn,xn,xn,vz,yu,vz,139,vy,139,vy,139,vy,15k,wi,15k,wi,15k,wi,15k,wi,152,14e,15t,yu,y7,x6,y7,x6,y7,x6,y7,x6,y7,x6,16g,yw,16g,yw,16g,yw,16g,yw,16a,xn,186,xn,fa,ds,fa,ds,fa,ds,fa,ds,fa,ds,1br,rk,wh,ds,128,v8,tw,w6,ds,w6,ds,w6,jc,w0,kg,xu,ds,16v,xm,16v,xm,16v,xm,,16v,xm,17i,y4,17i,y4,17i,y4,1l6,1kv,10m,lf,10m,lf,10m,lf,10i,u1,10i,u1,10i,u1,10i,u1,10q,im,10q,le,10q,im,16c,xn,16c,xn,16c,xn,16c,xn,16c,xn,16c,xn,1k2,1ak,12m,vz,12m,zs,vf,zs,vf,zs,vf,hw,yu,190,11c,yu,18r,13g,15k,15k,wx,15t,1cu,102,yu,uw,y7,16g,z5,xl,m6,16g,106,1i5,fo,j6,12l,v8,ds,10i,1fn,16v,xn,17i,17c,xy,1dk,10b,184,yu,15a,10i,u1,zw,v4,im,10v,id,10q,166,z9,17j,103,14k,12m,zs,vf,12y,12y,za,ut,yp,yn,uz,uw,102,f6,ke,ds,gd,,20h,1u9,1sn,19y,rk,23c,1kn,1be,139,vy,fa,ds,17i,y4,16c,xn,16c,xn,16c,xn,16c,xn,16c,xn,x6,139,vy,139,vy,1kj,1g7,16g,128,16g,yw,128,v8,17i,y4,17i,y4,12y,za,ds,24u,20h,1u9,16g,yw,1rm,106,16v,xm,139,vy,1kj,1g7,17i,y4,139,vy,139,vy,y7,x6,y7,x6,fa,ds,fa,ds,17i,y4,17i,y4,10m,lf,10m,lf,16c,xn,16c,xn,10i,u1,10q,im,102,ux,16a,xn,zz,17q,zz,zy,zs,vf,139,vy,y7,x6,17i,y4,17i,y4,17i,y4,17i,y4,12m,vz,mo,16i,n8,ds,1fh,1fh,139,15k,wi,wx,10q,u1,vf,uw,ux,118,166,15a,y7,x6,yf,ds,17i,yu,10u,lf,120,vz' },
    { first: 0x0300, advances: '0,0,0,0,0,,0,0,0,0,0,,0,,,0,,,,0,,0,,,,,,0,,,,,,,,0,,,0,0,0,,,,0,,,,,,,,,,,0,0,,,,,,,,,,0,0,,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0' },
    { first: 0x1e00, advances: '139,vy,118,yu,118,yu,118,yu,15k,wi,152,yu,152,yu,152,yu,152,yu,152,yu,y7,x6,y7,x6,y7,x6,y7,x6,y7,x6,xl,l2,16g,yw,16a,xn,16a,xn,16a,xn,16a,xn,16a,xn,fa,ds,fa,ds,128,v8,128,v8,128,v8,w6,ds,w6,ds,w6,ds,w6,ds,1fe,1du,1fe,1du,1fe,1du,16v,xm,16v,xm,16v,xm,16v,xm,17i,y4,17i,y4,17i,y4,17i,y4,10c,yu,10c,yu,10m,lf,10m,lf,10m,lf,10m,lf,10i,u1,10i,u1,10i,u1,10i,u1,10i,u1,10q,im,10q,im,10q,im,10q,im,16c,xn,16c,xn,16c,xn,16c,xn,16c,xn,139,vz,139,vz,1k2,1ak,1k2,1ak,1k2,1ak,1k2,1ak,1k2,1ak,12t,v2,12t,v2,12m,vz,zs,vf,zs,vf,zs,vf,xn,im,1ak,vz,vy,hw,,kj,14c,uq,139,vy,139,vy,139,vy,139,vy,139,vy,139,vy,139,vy,139,vy,139,vy,139,vy,139,vy,139,vy,y7,x6,y7,x6,y7,x6,y7,x6,y7,x6,y7,x6,y7,x6,y7,x6,fa,ds,fa,ds,17i,y4,17i,y4,17i,y4,17i,y4,17i,y4,17i,y4,17i,y4,17c,xy,17c,xy,17c,xy,17c,xy,17c,xy,16c,xn,16c,xn,166,z9,166,z9,166,z9,166,z9,166,z9,12m,vz,12m,vz,12m,vz,12m,vz,172,vc,v0,uz,15f,108' },
    { first: 0x2000, advances: 'v2,1q2,sg,1kw,j0,e8,9g,10w,ge,ac,56,0,,,,,ke,ke,10w,sg,1kw,1kw,r9,pr,eu,eu,dq,eu,p2,p2,ny,p2,ry,ry,w0,w0,ge,ws,1d6,ge,,,,,,,,ac,23z,2o3,co,p6,11o,co,p6,11o,pw,lv,lv,10e,wq,su,uq,1ah,1ah,pq,155,w0,ax,kr,kr,1m6,19g,19g,pa,ya,xo,xo,si,h6,1a8,uq,161,15a,1ah,v9,,1e6,,,,,,,,g0' },
    { first: 0x20a0, advances: '15i,15k,15i,yc,yr,1cv,17s,1iy,1rr,1ia,1ai,yu,11x,14e,10q,274,,11t,16g,139,zz,15k,,,10q,ut,xt,,15c,13w,15a,118' },
    { first: 0x2100, advances: '1iy,1hx,,1uu,,1jb,1l3,,,1ni,,,,,,,,,,pa,,,1q5,1g0,,,,,,,13b,10e,y6,13o,yr,,,,17t,,,,128,139,,,zy,,,,xl,,,,,,,,,15y,,,,,,,,,,,,,,,,,,1e8' },
    { first: 0x2190, advances: '1ia,1bg,1ia,1bg,24a,1bg,184,184,184,184,,,,,,,,,,,,,,,,1t3,1t3,,,,,,1k6,1k6,,1k6,1bh,1k6,,,,,1ia,1ia,,,,,,,,,,,,,,,,,,,,,1ia,,1ia,,24a,,,,,,,,,,yl,yl,,,,,1lq,1lq,,1mn,,,1mn' },
    { first: 0x2200, advances: ',,102,,,12y,12r,,,,,,,,,154,,103,11n,,,,,,,,zt,,,,1h9,,,,,,,,,,,,,ks,,,,,,,,,,,ge,,,,,,,,,,,,,,,,,,11n,,,,,,,,,,,,,,,,,,,,,,,,11n,,,,11n,11n,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,272,272,272,272' },
  ],
};

export const INTER_600: GeneratedFontMetrics = {
  weight: 600,
  source: '600SemiBold/Inter_600SemiBold.ttf (Version 4.001;git-66647c0bb)',
  unitsPerEm: 2048,
  ascender: 1984,
  descender: -494,
  lineGap: 0,
  capHeight: 1490,
  xHeight: 1118,
  fallbackAdvance: 1113,
  blocks: [
    { first: 0x0020, advances: 'ec,ia,tr,10m,110,1l5,11p,ij,l8,l8,up,12a,i5,qh,i5,lk,11j,o2,zg,107,11w,yu,10e,ws,10f,10e,i5,iq,12a,12a,12a,ux,1ku,15e,11i,15x,153,yg,xg,16m,16f,fr,wz,140,w6,1gh,177,17q,10p,17z,114,110,11k,15v,15e,1m1,14y,14l,114,l8,lk,l8,re,qp,jz,wo,zi,x5,zi,xn,m4,zl,yu,ew,ew,we,ew,1f8,yt,yn,zi,zi,ml,v9,k3,yu,xe,1br,wd,xh,w7,pv,kf,pv,12a' },
    { first: 0x00a0, advances: 'ec,ia,x5,zt,16m,w2,hz,wc,yt,1g0,q7,103,12a,,11r,pp,q2,12a,pt,qd,jz,yy,y5,i5,iw,if,rq,103,1ba,1dh,1fm,ux,15e,15e,15e,15e,15e,15e,1ln,15x,yg,yg,yg,yg,fr,fr,fr,fr,16r,177,17q,17q,17q,17q,17q,12a,17q,15v,15v,15v,15v,14l,11f,10m,wo,wo,wo,wo,wo,wo,1fx,x5,xn,xn,xn,xn,ew,ew,ew,ew,xs,yt,yn,yn,yn,yn,yn,12a,yn,yu,yu,yu,yu,xh,zi,xh,15e,wo,15e,wo,15e,wo,15x,x5,15x,x5,15x,x5,15x,x5,153,162,16r,zi,yg,xn,yg,xn,yg,xn,yg,xn,yg,xn,16m,zl,16m,zl,16m,zl,16m,zl,16f,yu,19c,yu,fr,ew,fr,ew,fr,ew,fr,ew,fr,ew,1cq,tr,wz,ew,140,we,w8,w6,ew,w6,ew,w6,lg,wl,nu,y8,ew,177,yt,177,yt,177,yt,,177,yt,17q,yn,17q,yn,17q,yn,1lo,1kf,114,ml,114,ml,114,ml,110,v9,110,v9,110,v9,110,v9,11k,k3,11k,nv,11k,k3,15v,yu,15v,yu,15v,yu,15v,yu,15v,yu,15v,yu,1m1,1br,14l,xh,14l,114,w7,114,w7,114,w7,j1,zi,1ba,11b,zi,1b2,15o,15x,15x,yh,16r,1ev,11d,zi,yr,yg,16m,107,xg,ox,16m,13z,1ja,gy,k8,14e,we,ew,122,1ha,177,yu,17q,180,yj,1ft,140,1ah,zi,16m,110,v9,119,yt,k3,13p,jy,11k,15s,10r,181,11b,179,140,114,w7,132,132,10a,w0,zg,zn,yt,w2,11h,gb,lm,ew,ia,,219,1vp,1t5,1b2,tr,246,1m2,1dp,15e,wo,fr,ew,17q,yn,15v,yu,15v,yu,15v,yu,15v,yu,15v,yu,xn,15e,wo,15e,wo,1ln,1fx,16m,12w,16m,zl,140,we,17q,yn,17q,yn,132,10a,ew,267,219,1vp,16m,zl,1ru,143,177,yt,15e,wo,1ln,1fx,17q,yn,15e,wo,15e,wo,yg,xn,yg,xn,fr,ew,fr,ew,17q,yn,17q,yn,114,ml,114,ml,15v,yu,15v,yu,110,v9,11k,k3,11c,w3,16f,yu,11c,18e,11b,11a,114,w7,15e,wo,yg,xn,17q,yn,17q,yn,17q,yn,17q,yn,14l,xh,ns,17p,pc,ew,1h4,1h4,15e,15x,x5,xu,11k,v9,w7,w2,w3,12b,16t,16m,yg,xn,z8,ew,17u,zi,11t,ml,13z,xh' },
    { first: 0x0300, advances: '0,0,0,0,0,,0,0,0,0,0,,0,,,0,,,,0,,0,,,,,,0,,,,,,,,0,,,0,0,0,,,,0,,,,,,,,,,,0,0,,,,,,,,,,0,0,,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0' },
    { first: 0x1e00, advances: '15e,wo,11i,zi,11i,zi,11i,zi,15x,x5,153,zi,153,zi,153,zi,153,zi,153,zi,yg,xn,yg,xn,yg,xn,yg,xn,yg,xn,xg,m4,16m,zl,16f,yu,16f,yu,16f,yu,16f,yu,16f,yu,fr,ew,fr,ew,140,we,140,we,140,we,w6,ew,w6,ew,w6,ew,w6,ew,1gh,1f8,1gh,1f8,1gh,1f8,177,yt,177,yt,177,yt,177,yt,17q,yn,17q,yn,17q,yn,17q,yn,10p,zi,10p,zi,114,ml,114,ml,114,ml,114,ml,110,v9,110,v9,110,v9,110,v9,110,v9,11k,k3,11k,k3,11k,k3,11k,k3,15v,yu,15v,yu,15v,yu,15v,yu,15v,yu,15e,xe,15e,xe,1m1,1br,1m1,1br,1m1,1br,1m1,1br,1m1,1br,14y,wd,14y,wd,14l,xh,114,w7,114,w7,114,w7,yu,k3,1br,xh,wo,j1,,le,150,ym,15e,wo,15e,wo,15e,wo,15e,wo,15e,wo,15e,wo,15e,wo,15e,wo,15e,wo,15e,wo,15e,wo,15e,wo,yg,xn,yg,xn,yg,xn,yg,xn,yg,xn,yg,xn,yg,xn,yg,xn,fr,ew,fr,ew,17q,yn,17q,yn,17q,yn,17q,yn,17q,yn,17q,yn,17q,yn,180,yj,180,yj,180,yj,180,yj,180,yj,15v,yu,15v,yu,15s,10r,15s,10r,15s,10r,15s,10r,15s,10r,14l,xh,14l,xh,14l,xh,14l,xh,1cy,11g,yr,ys,16k,11a' },
    { first: 0x2000, advances: 'vx,1rh,sg,1kw,j0,e8,9g,10t,i5,9f,4p,0,,,,,o0,o0,10t,sg,1kw,1kw,uj,qn,gq,gq,fi,gq,su,sj,rb,sj,vf,vf,sn,sn,i5,109,1ie,i5,,,,,,,,9f,261,2qx,en,t5,17o,en,t5,17o,tf,nn,nn,16t,10k,ur,t5,1bq,1bq,qp,16o,sn,bn,l8,l8,1pu,1d7,1d7,q5,y5,yb,yb,up,iq,1bl,w3,195,16m,1bq,11m,,1m7,,,,,,,,gj' },
    { first: 0x20a0, advances: '16o,15x,15e,yq,zt,1d2,17b,1ks,1tr,1lj,1eh,zi,12m,17u,11k,29s,,13q,16m,15e,140,15x,,,11l,vy,zq,,16o,15f,16m,11i' },
    { first: 0x2100, advances: '1ky,1k5,,1v4,,1l1,1nr,,,1nj,,,,,,,,,,rp,,,1qi,1g0,,,,,,,15z,116,zd,15g,zv,,,,189,,,,140,15e,,,11f,,,,xg,,,,,,,,,17s,,,,,,,,,,,,,,,,,,1h5' },
    { first: 0x2190, advances: '1ia,1e5,1ia,1e5,24a,1cc,18e,18e,18e,18e,,,,,,,,,,,,,,,,1tn,1tn,,,,,,1l3,1l3,,1l3,1dt,1l3,,,,,1ia,1ia,,,,,,,,,,,,,,,,,,,,,1ia,,1ia,,24a,,,,,,,,,,zm,zm,,,,,1n2,1n2,,1pa,,,1pa' },
    { first: 0x2200, advances: ',,11f,,,134,153,,,,,,,,,16s,,143,12a,,,,,,,,11b,,,,1iy,,,,,,,,,,,,,lr,,,,,,,,,,,i5,,,,,,,,,,,,,,,,,,12a,,,,,,,,,,,,,,,,,,,,,,,,12a,,,,12a,12a,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,272,272,272,272' },
  ],
};
