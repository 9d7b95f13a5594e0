import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../src/i18n/index.ts';
import { deviceName } from '../../src/room/device-name.ts';

describe('device names in the reader\'s language', () => {
  afterEach(() => setUiLanguage('en'));

  it('shows the names the hub gives in the UI language, and a chosen name as it is', () => {
    expect(['Hub laptop', 'Laptop 2', 'Phone 1', 'Headset 12', 'Facilitator', 'Table by the window'].map(deviceName)).toEqual([
      'Hub laptop',
      'Laptop 2',
      'Phone 1',
      'Headset 12',
      'Facilitator',
      'Table by the window',
    ]);
    setUiLanguage('ar');
    expect(['Hub laptop', 'Laptop 2', 'Phone 1', 'Headset 12', 'Facilitator', 'Table by the window', 'Laptop two'].map(deviceName)).toEqual([
      'حاسوب الخادم',
      'حاسوب 2',
      'هاتف 1',
      'نظارة 12',
      'الميسّر',
      'Table by the window',
      'Laptop two',
    ]);
    setUiLanguage('nb');
    expect(deviceName('Headset 3')).toBe('VR-briller 3');
  });
});
