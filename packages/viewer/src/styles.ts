/**
 * The viewer's stylesheet. Theming goes through CSS custom properties set on the element (or any
 * ancestor): `--pokin-accent`, `--pokin-focus`, `--pokin-match`, `--pokin-font`, `--pokin-bg`,
 * `--pokin-panel-bg`, `--pokin-panel-width`, `--pokin-text`, `--pokin-muted`, `--pokin-border`,
 * `--pokin-error`, `--pokin-warning`, `--pokin-info`, `--pokin-capaian-met`,
 * `--pokin-capaian-near`, `--pokin-capaian-below`. The tier colours of the boxes come from the
 * layout option `colors` (as for `renderSvg`).
 *
 * No property is inherited explicitly (`inherit`) inside the drawing: Chromium styles such an
 * element again whenever its parent is, so moving a box would restyle every element in it.
 *
 * @module
 */

/** The stylesheet of the element's shadow root (and of a `mount()`ed viewer). */
export const VIEWER_CSS = `
:host { display: block; position: relative; height: 600px; }
.pokin { --_accent: var(--pokin-accent, #1f5fa8); box-sizing: border-box; display: flex; flex-direction: column; height: 100%;
  font-family: var(--pokin-font, Arimo, Arial, 'Liberation Sans', Helvetica, sans-serif); color: var(--pokin-text, #1b1b1b);
  background: var(--pokin-bg, #ffffff); border: 1px solid var(--pokin-border, #c9ccd1); border-radius: 6px; overflow: hidden; }
.pokin *:not(svg *), .pokin *::before, .pokin *::after { box-sizing: inherit; }
.toolbar { display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: center; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--pokin-border, #c9ccd1); background: var(--pokin-panel-bg, #f6f7f9); }
.toolbar input { font: inherit; font-size: 0.9rem; padding: 0.3rem 0.5rem; min-width: 10rem; flex: 1 1 12rem; max-width: 22rem; border: 1px solid #8a8f98; border-radius: 4px; }
.toolbar button, .detail button.jump, .panel-head button { font: inherit; font-size: 0.8rem; padding: 0.25rem 0.5rem; border: 1px solid #8a8f98; border-radius: 4px; background: #fff; color: inherit; cursor: pointer; }
.toolbar button:hover { background: #eef2f7; }
.toolbar .count { font-size: 0.85rem; color: var(--pokin-muted, #4a4f57); min-width: 7rem; }
.toolbar .sep { flex: 0 0 0.5rem; }
:focus-visible { outline: 3px solid var(--pokin-focus, #e37400); outline-offset: 2px; }
.main { display: flex; flex: 1 1 auto; min-height: 0; }
.stage { position: relative; flex: 1 1 auto; min-width: 0; overflow: hidden; touch-action: none; cursor: grab; background: var(--pokin-bg, #ffffff); }
.stage.panning { cursor: grabbing; }
.stage .pane { position: absolute; left: 0; top: 0; width: 100%; height: 100%; transform-origin: 0 0; will-change: transform; }
.stage svg.drawing { display: block; position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; transform-origin: 0 0; user-select: none; text-rendering: optimizeSpeed; }
.stage svg.drawing:focus-visible { outline: none; }
g.result { cursor: pointer; }
g.result:focus { outline: none; }
g.result:focus-visible > rect.box, g.result.focused:focus > rect.box { stroke: var(--pokin-focus, #e37400); stroke-width: 4; }
g.result[aria-selected='true'] > rect.box { stroke: var(--_accent); stroke-width: 4; filter: drop-shadow(0 0 4px rgba(31, 95, 168, 0.45)); }
g.result.match > rect.box { fill: var(--pokin-match, #fff59d); }
g.result.current-match > rect.box { stroke: var(--pokin-focus, #e37400); stroke-width: 4; }
g.toggle { cursor: pointer; }
g.toggle circle { fill: #ffffff; stroke: #5f6368; stroke-width: 1.5; }
g.toggle path { stroke: #1b1b1b; stroke-width: 1.8; fill: none; }
g.toggle text { fill: var(--pokin-muted, #4a4f57); }
g.badge rect { stroke: #ffffff; stroke-width: 1.5; }
g.badge text { fill: #ffffff; }
g.badge.error rect { fill: var(--pokin-error, #b3261e); }
g.badge.warning rect { fill: var(--pokin-warning, #8a5300); }
g.badge.info rect { fill: var(--pokin-info, #3c5a8a); }
g.badge.capaian.met rect { fill: var(--pokin-capaian-met, #1e6b2a); }
g.badge.capaian.near rect { fill: var(--pokin-capaian-near, #8a5300); }
g.badge.capaian.below rect { fill: var(--pokin-capaian-below, #b3261e); }
g.crosscutting:not(.legend-item) path { opacity: 0.18; transition: opacity 0.1s; }
g.crosscutting:not(.legend-item) path.on { opacity: 1; stroke-width: 2.5; }
.panel { flex: 0 0 var(--pokin-panel-width, 20rem); max-width: 40%; overflow: auto; border-left: 1px solid var(--pokin-border, #c9ccd1); background: var(--pokin-panel-bg, #f6f7f9); padding: 0.75rem 0.9rem; font-size: 0.9rem; line-height: 1.4; }
.panel[hidden] { display: none; }
.panel-head { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
.panel-head h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; margin: 0; color: var(--pokin-muted, #4a4f57); }
.detail .eyebrow { margin: 0.5rem 0 0.2rem; color: var(--pokin-muted, #4a4f57); font-size: 0.8rem; }
.detail h2.statement { font-size: 1.05rem; margin: 0 0 0.5rem; }
.detail h3 { font-size: 0.85rem; margin: 0.8rem 0 0.3rem; }
.detail ol, .detail ul { margin: 0; padding-left: 1.2rem; }
.detail li { margin-bottom: 0.35rem; }
.detail p { margin: 0.2rem 0; }
.detail dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.6rem; margin: 0.2rem 0; }
.detail dt { color: var(--pokin-muted, #4a4f57); }
.detail dd { margin: 0; }
.detail .findings li.error .severity { color: var(--pokin-error, #b3261e); font-weight: bold; }
.detail .findings li.warning .severity { color: var(--pokin-warning, #8a5300); font-weight: bold; }
.detail .findings li.info .severity { color: var(--pokin-info, #3c5a8a); font-weight: bold; }
.detail .capaian { font-size: 1.3rem; font-weight: bold; }
.detail .capaian.met { color: var(--pokin-capaian-met, #1e6b2a); }
.detail .capaian.near { color: var(--pokin-capaian-near, #8a5300); }
.detail .capaian.below { color: var(--pokin-capaian-below, #b3261e); }
.detail button.jump { display: block; text-align: left; margin: 0.2rem 0; width: 100%; }
.detail .none, .empty { color: var(--pokin-muted, #4a4f57); }
.help { display: none; position: absolute; left: 0.5rem; bottom: 0.4rem; margin: 0; font-size: 0.75rem; color: var(--pokin-muted, #4a4f57); background: rgba(255, 255, 255, 0.85); padding: 0.1rem 0.35rem; border-radius: 3px; pointer-events: none; }
.stage:focus-within .help { display: block; }
@media (max-width: 640px) { .main { flex-direction: column; } .panel { max-width: none; flex: 0 0 40%; border-left: 0; border-top: 1px solid var(--pokin-border, #c9ccd1); } }
`;
