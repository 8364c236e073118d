// Copies the OFL Arimo font (regular and bold) and its licence from @expo-google-fonts/arimo into
// dist/fonts/ (after tsup, which cleans dist/), so `pokin render --to png` has text on a machine
// without fonts.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'dist', 'fonts');
const pkg = dirname(require.resolve('@expo-google-fonts/arimo/package.json'));
mkdirSync(out, { recursive: true });
copyFileSync(join(pkg, '400Regular', 'Arimo_400Regular.ttf'), join(out, 'Arimo-Regular.ttf'));
copyFileSync(join(pkg, '700Bold', 'Arimo_700Bold.ttf'), join(out, 'Arimo-Bold.ttf'));
copyFileSync(join(pkg, 'LICENSE_FONT'), join(out, 'OFL.txt'));
