import type { Story } from '../../story/schema/story.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import type { QuestionAction } from '../../story/schema/question.ts';
import { t } from '../../i18n/index.ts';
import { COLOURS, ORDER } from '../../xr/r3f/config.ts';
import { Placed } from '../../xr/r3f/ui/place.tsx';
import { UIText } from '../../xr/r3f/ui/text.tsx';
import { Button3D, PanelBox } from '../../xr/r3f/ui/widgets.tsx';
import { beside, CARD_DISTANCE, CARD_SCALE } from './HotspotCard.tsx';
import type { PanelState } from './EditPanels.tsx';
import { languageLabel } from '../panels/fields.tsx';
import { addAnswer, answerLeads, answerWords, canAddAnswer, canRemoveAnswer, mediaName, nextLanguage, promptWords, removeAnswer, toggleRight } from './question-edit.ts';

interface Props {
  story: Story;
  hotspot: Hotspot;
  action: QuestionAction;
  /** The page of answers shown (kept by the session while a typing panel is open). */
  page: number;
  onPage(page: number): void;
  /** The story language written here; several story languages get a button to write in the next. */
  lang: string;
  onLang(lang: string): void;
  onChange(action: QuestionAction): void;
  onPanel(p: PanelState): void;
  /** Go to…, Info…, Sound…: another kind of hotspot. */
  onKind(kind: 'target' | 'info' | 'sound'): void;
  onDelete(): void;
}

export const ANSWERS_PER_PAGE = 3;
const W = 2.4;
const PAD = 0.08;
const BH = 0.15;
const GAP = 0.035;
const FS = 0.058;
// One answer's row: its words, right or wrong, where it leads, more (feedback, picture, word), remove.
const TEXT_W = 0.74;
const RIGHT_W = 0.32;
const LEADS_W = 0.5;
const MORE_W = 0.26;
const REMOVE_W = 0.3;
const ROW_GAP = (W - PAD * 2 - TEXT_W - RIGHT_W - LEADS_W - MORE_W - REMOVE_W) / 4;
const LANG_W = 0.8;

/**
 * A question's card beside it in the headset: the prompt (typed), the recorded question, the
 * language written in (with several story languages), its answers three to a page (the words
 * typed, right or wrong, where each leads, More: feedback, picture and recorded word; remove), add
 * an answer, "try again" or one chance, another kind of hotspot, delete. Every button is one change
 * (one undo step).
 */
export function QuestionCard({ story, hotspot, action, page, onPage, lang, onLang, onChange, onPanel, onKind, onDelete }: Props) {
  const languages = story.meta.languages.length > 1;
  const sounds = !!action.sound || story.assets.some((a) => a.kind === 'audio');
  const extraRow = languages || sounds;
  const pages = Math.ceil(action.answers.length / ANSWERS_PER_PAGE);
  const shown = Math.min(page, pages - 1);
  const first = shown * ANSWERS_PER_PAGE;
  const answers = action.answers.slice(first, first + ANSWERS_PER_PAGE);
  const rowH = BH + GAP;
  const height = PAD + 0.09 + GAP + 0.2 + GAP + (extraRow ? BH + GAP : 0) + 0.08 + ANSWERS_PER_PAGE * rowH + BH + GAP + (BH + GAP) * 2 + PAD;
  let y = height / 2 - PAD;
  const titleY = y - 0.045;
  y -= 0.09 + GAP;
  const promptY = y - 0.1;
  y -= 0.2 + GAP;
  const extraY = y - BH / 2;
  if (extraRow) y -= BH + GAP;
  const answersY = y - 0.04;
  y -= 0.08;
  const rowsTop = y;
  const rowY = (i: number) => rowsTop - BH / 2 - i * rowH;
  y -= ANSWERS_PER_PAGE * rowH;
  const navY = y - BH / 2;
  y -= BH + GAP;
  const chancesY = y - BH / 2;
  y -= BH + GAP;
  const kindY = y - BH / 2;
  const left = -W / 2 + PAD;
  const x = (w: number, before: number) => left + before + w / 2;
  const add = () => {
    onChange(addAnswer(action));
    onPage(Math.floor(action.answers.length / ANSWERS_PER_PAGE));
  };
  const at = beside(hotspot);
  return (
    <Placed yaw={at.yaw} pitch={at.pitch} distance={CARD_DISTANCE}>
      <group name={`xr-card:${hotspot.id}`} scale={CARD_SCALE}>
        <PanelBox width={W} height={height}>
          <UIText bold fontSize={0.075} color={COLOURS.text} anchorX="left" anchorY="middle" position={[left, titleY, 0.002]} renderOrder={ORDER.panelText}>
            {t('vrEdit.questionTitle')}
          </UIText>
          <UIText fontSize={0.05} color={COLOURS.muted} anchorX="right" anchorY="middle" position={[W / 2 - PAD, titleY, 0.002]} renderOrder={ORDER.panelText}>
            {t('vrEdit.questionHelp')}
          </UIText>
          <Button3D id="vr-question-prompt" label={promptWords(hotspot, lang, 70)} width={W - PAD * 2} height={0.2} fontSize={0.066} position={[0, promptY, 0.006]} onSelect={() => onPanel({ kind: 'type-prompt' })} />
          {sounds && (
            <Button3D
              id="vr-question-sound"
              label={t('vrEdit.questionSound', { name: mediaName(story, action.sound) })}
              width={W - PAD * 2 - (languages ? LANG_W + ROW_GAP : 0)}
              height={BH}
              fontSize={FS}
              position={[x(W - PAD * 2 - (languages ? LANG_W + ROW_GAP : 0), 0), extraY, 0.006]}
              onSelect={() => onPanel({ kind: 'question-sound' })}
            />
          )}
          {languages && (
            <Button3D id="vr-question-language" label={t('vrEdit.writingIn', { language: languageLabel(lang) })} width={LANG_W} height={BH} fontSize={0.05} position={[x(LANG_W, W - PAD * 2 - LANG_W), extraY, 0.006]} onSelect={() => onLang(nextLanguage(story, lang))} />
          )}
          <UIText fontSize={0.05} color={COLOURS.muted} anchorX="left" anchorY="middle" position={[left, answersY, 0.002]} renderOrder={ORDER.panelText}>
            {pages > 1 ? `${t('inspector.answers')} · ${t('vrEdit.page', { n: shown + 1, count: pages })}` : t('inspector.answers')}
          </UIText>
          {answers.map((a, k) => {
            const i = first + k;
            const n = i + 1;
            return (
              <group key={a.id} name={`xr-answer:${a.id}`} position={[0, rowY(k), 0.006]}>
                <Button3D id={`vr-answer-${n}-text`} label={answerWords(a, n, lang, 24)} width={TEXT_W} height={BH} fontSize={FS} position={[x(TEXT_W, 0), 0, 0]} onSelect={() => onPanel({ kind: 'type-answer', answerId: a.id })} />
                <Button3D
                  id={`vr-answer-${n}-right`}
                  label={a.right ? t('vrEdit.answerRight') : t('vrEdit.answerWrong')}
                  pressed={a.right}
                  width={RIGHT_W}
                  height={BH}
                  fontSize={FS}
                  position={[x(RIGHT_W, TEXT_W + ROW_GAP), 0, 0]}
                  onSelect={() => onChange(toggleRight(action, a.id))}
                />
                <Button3D id={`vr-answer-${n}-goto`} label={answerLeads(story, a)} width={LEADS_W} height={BH} fontSize={0.048} position={[x(LEADS_W, TEXT_W + RIGHT_W + ROW_GAP * 2), 0, 0]} onSelect={() => onPanel({ kind: 'answer-goto', answerId: a.id })} />
                <Button3D id={`vr-answer-${n}-more`} label={t('vrEdit.answerMore')} width={MORE_W} height={BH} fontSize={0.048} position={[x(MORE_W, TEXT_W + RIGHT_W + LEADS_W + ROW_GAP * 3), 0, 0]} onSelect={() => onPanel({ kind: 'answer-more', answerId: a.id })} />
                {canRemoveAnswer(action) && (
                  <Button3D id={`vr-answer-${n}-remove`} label={t('vrEdit.removeAnswer')} width={REMOVE_W} height={BH} fontSize={FS} position={[x(REMOVE_W, W - PAD * 2 - REMOVE_W), 0, 0]} onSelect={() => onChange(removeAnswer(action, a.id))} />
                )}
              </group>
            );
          })}
          {shown > 0 && <Button3D id="vr-answers-back" label={t('vrEdit.back')} width={0.34} height={BH} fontSize={FS} position={[x(0.34, 0), navY, 0.006]} onSelect={() => onPage(shown - 1)} />}
          {shown < pages - 1 && <Button3D id="vr-answers-more" label={t('vrEdit.more')} width={0.34} height={BH} fontSize={FS} position={[x(0.34, 0.34 + ROW_GAP), navY, 0.006]} onSelect={() => onPage(shown + 1)} />}
          {canAddAnswer(action) && <Button3D id="vr-question-add" label={t('vrEdit.addAnswer')} width={0.7} height={BH} fontSize={FS} position={[x(0.7, W - PAD * 2 - 0.7), navY, 0.006]} onSelect={add} />}
          <UIText fontSize={0.05} color={COLOURS.muted} anchorX="left" anchorY="middle" maxWidth={0.7} position={[left, chancesY, 0.002]} renderOrder={ORDER.panelText}>
            {t('inspector.chances')}
          </UIText>
          <Button3D id="vr-question-retry" label={t('vrEdit.chancesRetry')} pressed={action.chances === 'retry'} width={0.56} height={BH} fontSize={FS} position={[x(0.56, W - PAD * 2 - 1.15), chancesY, 0.006]} onSelect={() => onChange({ ...action, chances: 'retry' })} />
          <Button3D id="vr-question-once" label={t('vrEdit.chancesOnce')} pressed={action.chances === 'once'} width={0.56} height={BH} fontSize={FS} position={[x(0.56, W - PAD * 2 - 0.56), chancesY, 0.006]} onSelect={() => onChange({ ...action, chances: 'once' })} />
          <Button3D id="vr-hotspot-goto" label={t('vrEdit.goTo')} width={0.44} height={BH} fontSize={FS} position={[x(0.44, 0), kindY, 0.006]} onSelect={() => onKind('target')} />
          <Button3D id="vr-hotspot-info" label={t('vrEdit.info')} width={0.44} height={BH} fontSize={FS} position={[x(0.44, 0.44 + ROW_GAP), kindY, 0.006]} onSelect={() => onKind('info')} />
          <Button3D id="vr-hotspot-sound" label={t('vrEdit.sound')} width={0.44} height={BH} fontSize={FS} position={[x(0.44, (0.44 + ROW_GAP) * 2), kindY, 0.006]} onSelect={() => onKind('sound')} />
          <Button3D id="vr-hotspot-delete" label={t('vrEdit.delete')} width={0.44} height={BH} fontSize={FS} position={[x(0.44, W - PAD * 2 - 0.44), kindY, 0.006]} onSelect={onDelete} />
        </PanelBox>
      </group>
    </Placed>
  );
}
