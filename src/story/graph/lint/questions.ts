import type { Hotspot } from '../../schema/hotspot.ts';
import type { QuestionAction } from '../../schema/question.ts';
import type { Scene } from '../../schema/scene.ts';
import { hasAnyText, hasText } from '../text.ts';
import { hotspotWords, words, type LintContext, type Path, pathTo } from './context.ts';
import { assetRef } from './media.ts';
import { gotoTarget } from './paths.ts';
import { translations } from './texts.ts';
import { variableUse } from './variables.ts';

/**
 * Questions: one answer at least is right (question-no-right), every answer says something
 * (answer-empty), the prompt, answers and feedback are written in every story language
 * (translation-missing), and what an answer leads to exists (link-target-missing, variables, media).
 */
export function question(cx: LintContext, h: Hotspot, action: QuestionAction, ap: Path, s: Scene): void {
  const hotspot = () => hotspotWords(cx, h, s);
  const sid = s.id;
  const hid = h.id;
  if (!action.answers.some((a) => a.right)) cx.report('question-no-right', words('lint.question-no-right', { hotspot: hotspot() }), pathTo(ap, 'answers'), sid, hid);
  translations(cx, action.prompt, pathTo(ap, 'prompt'), () => words('lint.field.question-prompt', { hotspot: hotspot() }), false, sid, hid);
  if (action.sound !== undefined) assetRef(cx, action.sound, 'audio', () => words('lint.use.question-sound', { hotspot: hotspot() }), pathTo(ap, 'sound'), true, sid, hid);
  if (action.score !== undefined) variableUse(cx, { variable: action.score, op: 'add', value: 1 }, 'effect', pathTo(ap, 'score'), hotspot, sid, hid);
  action.answers.forEach((a, i) => {
    const p: Path = pathTo(ap, 'answers', i);
    const n = i + 1;
    if (!hasText(a.text, cx.lang) && !hasAnyText(a.text) && a.image === undefined) {
      cx.report('answer-empty', words('lint.answer-empty', { number: n, hotspot: hotspot() }), pathTo(p, 'text'), sid, hid);
    }
    translations(cx, a.text, pathTo(p, 'text'), () => words('lint.field.answer-text', { number: n, hotspot: hotspot() }), false, sid, hid);
    translations(cx, a.feedback, pathTo(p, 'feedback'), () => words('lint.field.answer-feedback', { number: n, hotspot: hotspot() }), false, sid, hid);
    if (a.image !== undefined) assetRef(cx, a.image, 'image', () => words('lint.use.answer-picture', { number: n, hotspot: hotspot() }), pathTo(p, 'image'), false, sid, hid);
    if (a.sound !== undefined) assetRef(cx, a.sound, 'audio', () => words('lint.use.answer-sound', { number: n, hotspot: hotspot() }), pathTo(p, 'sound'), true, sid, hid);
    if (a.goto !== undefined) gotoTarget(cx, h, a.goto, p, s, 'goto');
    a.effects?.forEach((e, ei) => variableUse(cx, e, 'effect', pathTo(p, 'effects', ei), hotspot, sid, hid));
  });
}
