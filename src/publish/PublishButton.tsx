import { useState } from 'react';
import { t } from '../i18n/index.ts';
import type { Story } from '../story/schema/story.ts';
import type { AssetSource } from '../storage/asset-source.ts';
import { PublishDialog } from './PublishDialog.tsx';

/** "Publish" for a story (library card, editor toolbar), with its dialog. */
export function PublishButton(props: { storyId: string; title: string; label?: string; className?: string; story?: () => { story: Story; assets?: AssetSource } }) {
  const [open, setOpen] = useState<null | { story?: Story; assets?: AssetSource }>(null);
  return (
    <>
      <button type="button" className={props.className ?? 'button'} aria-label={props.label} onClick={() => setOpen(props.story?.() ?? {})}>
        {t('library.publish')}
      </button>
      {open && <PublishDialog storyId={props.storyId} title={props.title} story={open.story} assets={open.assets} onClose={() => setOpen(null)} />}
    </>
  );
}
