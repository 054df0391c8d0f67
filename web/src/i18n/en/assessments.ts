import type { assessments as es } from '../es/assessments';
import type { Widen } from '../widen';

export const assessments: Widen<typeof es> = {};
