import type { Story } from '../../story/schema/index.ts';
import { lastAnswer, type QuestionPanel as QuestionPanelState } from '../engine/index.ts';
import { DIST } from '../../xr/r3f/config.ts';
import { Card } from '../../xr/r3f/ui/Card.tsx';
import { Placed, useOpenDirection } from '../../xr/r3f/ui/place.tsx';
import { Button3D } from '../../xr/r3f/ui/widgets.tsx';
import { feedbackFor } from '../dialogs/questionWords.ts';
import { ui } from '../../i18n/player.ts';

type T = (text: Record<string, string> | undefined) => string;

/**
 * A question in the headset: the prompt (and, once answered, the feedback) on a card, one large
 * button per answer (controller, hand or gaze), Continue when the answer leads on, and Close.
 */
export function QuestionPanel({ story, panel, title, t, scale, onAnswer, onContinue, onClose }: {
  story: Story;
  panel: QuestionPanelState;
  title: string;
  t: T;
  scale: number;
  onAnswer(answerId: string): void;
  onContinue(): void;
  onClose(): void;
}) {
  const dir = useOpenDirection();
  const s = Math.max(1, scale);
  const inner = 1.7 * (1 + (s - 1) * 0.5) - 0.16;
  const h = 0.17 * Math.sqrt(s);
  const gap = 0.04;
  const { action, record } = panel;
  const picked = lastAnswer(action, record);
  const feedback = picked && record ? feedbackFor(picked, record, action, t) : '';
  const leadsOn = !!picked?.goto && story.scenes.some((x) => x.id === picked.goto);
  const height = action.answers.length * (h + gap) - gap;
  const answers = (
    <group name="xr-answers">
      {action.answers.map((a, i) => (
        <Button3D
          key={a.id}
          id={`answer-${a.id}`}
          label={t(a.text) || ui('player.answerNumber', { n: i + 1 })}
          onSelect={() => onAnswer(a.id)}
          pressed={picked?.id === a.id}
          width={inner}
          height={h}
          fontSize={0.075 * s}
          position={[0, height / 2 - h / 2 - i * (h + gap), 0]}
        />
      ))}
    </group>
  );
  return (
    <Placed yaw={dir.yaw} pitch={dir.pitch} distance={DIST.panel}>
      <group name="xr-question">
        <Card
          id="question"
          title={title || ui('player.kindLong.question')}
          body={[t(action.prompt), feedback].filter(Boolean).join('\n\n')}
          extra={{ height, node: answers }}
          scale={scale}
          actions={[
            ...(leadsOn ? [{ id: 'question-continue', label: ui('player.continue'), onSelect: onContinue, primary: true }] : []),
            { id: 'question-close', label: ui('player.close'), onSelect: onClose, primary: !leadsOn && !!record?.done },
          ]}
        />
      </group>
    </Placed>
  );
}
