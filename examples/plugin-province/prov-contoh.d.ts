// Types of the plain-JavaScript plug-in beside this file, for the type check of its test.
import type { ReviewPlugin, RuleModule } from '@pokin/core';

export declare const ikuStrategis: RuleModule<{ maxWords: number }>;
declare const plugin: ReviewPlugin;
export default plugin;
