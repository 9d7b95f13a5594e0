import { t } from '../../i18n/index.ts';
import { useDoc } from '../context.ts';
import { Icon } from '../icons.tsx';
import { FilePickButton } from './FilePickButton.tsx';
import { setLibraryOpen, useMediaUi } from './ui-store.ts';
import { PhoneButton } from '../room/PhoneButton.tsx';

/** Toolbar buttons: add photos and sounds (each photo becomes a scene), and show the media library. */
export function MediaToolbar() {
  const open = useMediaUi((s) => s.libraryOpen);
  const count = useDoc((s) => s.story.assets.length);
  return (
    <div className="toolbar-group">
      <FilePickButton accept="both" target="scenes" className="button">
        <Icon name="plus" /> {t('media.addPhotosSounds')}
      </FilePickButton>
      <PhoneButton />
      <button type="button" className="button quiet" aria-pressed={open} onClick={() => setLibraryOpen(!open)}>
        {t('media.library', { count })}
      </button>
    </div>
  );
}
