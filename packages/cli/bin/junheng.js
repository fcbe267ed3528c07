#!/usr/bin/env node
// Runs the TypeScript entry through tsx, so `npx junheng` works without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
