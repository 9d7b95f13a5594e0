/**
 * Words shown in the headset and on the "Enter VR" button (English). Story text comes from the
 * story; shared words (Back, Close, The end, Play again) come from the player's own strings.
 */
export const xrStrings = {
  enterVr: 'Enter VR',
  exitVr: 'Exit VR',
  enterVrTitle: 'View this story in your VR headset',
  starting: 'Starting VR…',
  couldNotStart: 'VR could not start. Check that the headset is on and connected, then try again.',
  menu: 'Menu',
  closeMenu: 'Close menu',
  recentre: 'Recentre',
  turnLeft: 'Turn left',
  turnRight: 'Turn right',
  lookToChoose: (always: boolean) => (always ? 'Look to choose: on' : 'Look to choose: auto'),
  more: 'More',
  previous: 'Previous',
  page: (n: number, of: number) => `${n} / ${of}`,
  linkAfterVr: (label: string, url: string) => `${label ? `${label}: ` : ''}${url} (opens after you leave VR)`,
  keepLooking: 'Keep looking around',
} as const;
