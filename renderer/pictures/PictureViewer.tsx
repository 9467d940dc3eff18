// A note's picture opened large: on the card it is a thumbnail, here a photo
// of the paper wall can be read by the room. Esc or Close shuts it.
import type { Asset } from '../../shared/format/types';
import { checkStoredPicture } from '../../shared/pictures/storedPicture';
import { Dialog } from '../dialogs/Dialog';
import { currentLanguage, useWords } from '../words';
import { PictureNotShown } from './PictureNotShown';

export function PictureViewer({ asset, caption, onClose }: { asset: Asset; caption: string; onClose(): void }) {
  const w = useWords();
  // The header decides before the browser decodes: a picture too large to decode safely is described, not shown.
  const checked = checkStoredPicture(asset);
  const size = checked.usable || checked.reason === 'too-large' ? checked : null;
  const bytes = Math.round((asset.data.length * 3) / 4);
  return (
    <Dialog title={asset.name ?? w.photos.picture} onCancel={onClose} testId="picture-viewer" wide>
      <figure className="picture-viewer">
        {checked.usable ? (
          <img src={`data:${asset.mime};base64,${asset.data}`} alt={caption || asset.name || w.photos.picture} data-testid="picture-viewer-image" />
        ) : (
          <PictureNotShown refusal={checked} />
        )}
        <figcaption className="muted">
          {caption && <span className="picture-viewer-caption">{caption}</span>}
          <span>
            {size ? w.photos.size({ width: size.width, height: size.height, size: formatBytes(bytes) }) : formatBytes(bytes)} · {w.photos.viewerHint}
          </span>
        </figcaption>
      </figure>
      <div className="dialog-buttons">
        <button data-autofocus onClick={onClose}>
          {w.photos.close}
        </button>
      </div>
    </Dialog>
  );
}

/** "312 KB", "4.1 MB" ("4,1 MB" in Indonesian): sizes a facilitator reads at a glance. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(currentLanguage(), { maximumFractionDigits: 1 })} MB`;
}
