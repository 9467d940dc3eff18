// An emotion as a face, drawn (no emoji font needed on the projector's laptop).
export function Face({ value, size = 22 }: { value: number; size?: number }) {
  // The mouth curves from a frown (−2) to a wide smile (+2).
  const curve = value * 3;
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden>
      <circle cx="12" cy="12" r="10.5" fill="#FFE7A8" stroke="#7A5C12" strokeWidth="1.5" />
      <circle cx="8.5" cy="9.5" r="1.4" fill="#3D2E08" />
      <circle cx="15.5" cy="9.5" r="1.4" fill="#3D2E08" />
      <path d={`M7 ${15.5 - curve / 3} Q12 ${15.5 + curve} 17 ${15.5 - curve / 3}`} fill="none" stroke="#3D2E08" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
