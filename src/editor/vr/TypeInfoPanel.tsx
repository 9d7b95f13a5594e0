import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { COLOURS, DIST, ORDER } from '../../xr/r3f/config.ts';
import { Placed, useOpenDirection } from '../../xr/r3f/ui/place.tsx';
import { UIText } from '../../xr/r3f/ui/text.tsx';
import { Button3D, PanelBox } from '../../xr/r3f/ui/widgets.tsx';

/** Whether the headset's browser shows its own keyboard for a text field in VR (Quest Browser does). */
export function keyboardOffered(session: XRSession | null | undefined): boolean {
  return (session as (XRSession & { isSystemKeyboardSupported?: boolean }) | null | undefined)?.isSystemKeyboardSupported === true;
}

const W = 1.6;
const H = 1.05;
const PAD = 0.09;

/**
 * Typing a text (information, a question, an answer, a closed link's message) in the headset with the system keyboard: a text field on the page
 * (the browser shows its keyboard over the VR view when it gets focus), mirrored live on a panel
 * with Done, Cancel, and Show the keyboard (focus again after the keyboard was put away).
 */
export function TypeInfoPanel({ initial, title = t('vrEdit.typeTitle'), maxLength = 4000, onDone, onClose }: {
  initial: string;
  /** What is being typed ("Type the text", "Type answer 2"). */
  title?: string;
  maxLength?: number;
  onDone(text: string): void;
  onClose(): void;
}) {
  const dir = useOpenDirection();
  const [text, setText] = useState(initial);
  const field = useRef<HTMLTextAreaElement | null>(null);

  useEffect(() => {
    const el = document.createElement('textarea');
    el.className = 'xr-edit-typing';
    el.setAttribute('aria-label', title);
    el.maxLength = maxLength;
    el.value = initial;
    el.addEventListener('input', () => setText(el.value));
    (document.querySelector('.xr-edit-mirror') ?? document.body).append(el);
    el.focus();
    field.current = el;
    return () => {
      el.remove();
      field.current = null;
    };
  }, [initial, title, maxLength]);

  const top = H / 2 - PAD;
  const shown = text.trim() ? (text.length > 280 ? `…${text.slice(-278)}` : text) : t('vrEdit.typeNothingYet');
  return (
    <Placed yaw={dir.yaw} pitch={dir.pitch} distance={DIST.panel}>
      <group name="xr-panel:vr-type">
        <PanelBox width={W} height={H}>
          <UIText bold fontSize={0.08} color={COLOURS.text} maxWidth={W - PAD * 2} anchorX="center" anchorY="top" textAlign="center" position={[0, top, 0.004]} renderOrder={ORDER.panelText}>
            {title}
          </UIText>
          <UIText fontSize={0.048} color={COLOURS.muted} maxWidth={W - PAD * 2} anchorX="center" anchorY="top" textAlign="center" position={[0, top - 0.12, 0.004]} renderOrder={ORDER.panelText}>
            {t('vrEdit.typeHelp')}
          </UIText>
          <UIText
            name="vr-type-text"
            fontSize={0.06}
            lineHeight={1.3}
            color={text.trim() ? COLOURS.text : COLOURS.muted}
            maxWidth={W - PAD * 2}
            anchorX="center"
            anchorY="top"
            textAlign="left"
            position={[0, top - 0.27, 0.004]}
            clipRect={[-(W - PAD * 2) / 2 - 0.01, -0.48, (W - PAD * 2) / 2 + 0.01, 0.01]}
            renderOrder={ORDER.panelText}
          >
            {shown}
          </UIText>
          <Button3D id="vr-type-keyboard" label={t('vrEdit.typeKeyboard')} width={0.56} height={0.13} fontSize={0.05} position={[-0.48, -H / 2 + PAD + 0.065, 0.006]} onSelect={() => field.current?.focus()} />
          <Button3D id="vr-type-cancel" label={t('vrEdit.close')} width={0.36} height={0.13} fontSize={0.05} position={[0.04, -H / 2 + PAD + 0.065, 0.006]} onSelect={onClose} />
          <Button3D id="vr-type-done" label={t('vrEdit.typeDone')} primary width={0.42} height={0.13} fontSize={0.055} position={[0.5, -H / 2 + PAD + 0.065, 0.006]} onSelect={() => (text.trim() ? onDone(text.trim()) : onClose())} />
        </PanelBox>
      </group>
    </Placed>
  );
}
