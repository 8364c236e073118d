import { describe, expect, it } from 'vitest';
import { UsageError } from '@pokin/core';
import type { Cascade } from '@pokin/core';
import { HTML_SECTIONS, renderHtml } from '@pokin/html';
import type { HtmlOptions } from '@pokin/html';
import { resolveSettings } from '../src/options.js';
import { cascadeOf } from './support.js';

describe('resolveSettings', () => {
  it('fills every default', () => {
    expect(resolveSettings()).toEqual({
      locale: 'id',
      fragment: false,
      styles: true,
      paper: 'A4',
      sections: ['context', 'csf', 'worksheet'],
      hideUnusedLevels: 'optional',
      showIndicators: true,
      showIds: false,
      diagnostics: undefined,
      reviewRules: undefined,
      idPrefix: 'pokin-',
      className: 'pokin',
      signatory: undefined,
    });
    expect(HTML_SECTIONS).toEqual(['context', 'csf', 'worksheet', 'matrix', 'review']);
  });

  it('turns sections off by name and keeps the others', () => {
    expect(resolveSettings({ sections: { review: true } }).sections).toEqual(['context', 'csf', 'worksheet', 'review']);
    expect(resolveSettings({ sections: { context: false, worksheet: true } }).sections).toEqual(['csf', 'worksheet']);
  });

  it('turns the review on when diagnostics are given, unless it is turned off', () => {
    expect(resolveSettings({ diagnostics: [] }).sections).toEqual(['context', 'csf', 'worksheet', 'review']);
    expect(resolveSettings({ diagnostics: [], sections: { review: false } }).sections).toEqual(['context', 'csf', 'worksheet']);
  });

  it.each<[string, HtmlOptions, RegExp]>([
    ['locale', { locale: 'fr' as 'id' }, /locale must be one of "id", "en"/],
    ['paper', { paper: 'Letter' as 'A4' }, /paper must be one of "A4", "A3"/],
    ['hideUnusedLevels', { hideUnusedLevels: 'some' as 'all' }, /hideUnusedLevels/],
    ['fragment', { fragment: 'yes' as unknown as boolean }, /fragment must be a boolean/],
    ['sections key', { sections: { tree: true } as HtmlOptions['sections'] }, /unknown section "tree"/],
    ['sections value', { sections: { csf: 1 as unknown as boolean } }, /sections\.csf must be a boolean/],
    ['idPrefix', { idPrefix: 'a b' }, /idPrefix/],
    ['className', { className: '1x' }, /className must be a CSS identifier/],
    ['diagnostics', { diagnostics: {} as unknown as [] }, /diagnostics must be an array/],
  ])('rejects a bad %s with a UsageError naming it', (_name, options, message) => {
    expect(() => resolveSettings(options)).toThrow(UsageError);
    expect(() => resolveSettings(options)).toThrow(message);
    expect(() => resolveSettings(options)).toThrow(/^@pokin\/html renderHtml: /);
  });
});

describe('renderHtml arguments', () => {
  it('rejects something that is not a Cascade', () => {
    expect(() => renderHtml({} as Cascade)).toThrow(/expected a Cascade/);
    expect(() => renderHtml(null as unknown as Cascade)).toThrow(UsageError);
  });

  it('accepts no options and empty options alike', () => {
    const c = cascadeOf([{ id: 'G', level: 'goal', statement: 's' }]);
    expect(renderHtml(c, {})).toBe(renderHtml(c));
  });
});
