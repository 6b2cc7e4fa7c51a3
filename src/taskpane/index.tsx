// The task pane's bundle entry (shared runtime page): the Excel host's bootstrap, the ribbon
// commands and the pane over the real checking pipeline, which is loaded as its own chunk after the
// pane's first render (load-services.ts). Office.js is reached only through src/hosts/excel and
// src/commands.
import { registerCommands } from '../commands/register';
import { startExcel } from '../hosts/excel';
import { mountPane } from './mount';
import { loadCoreServices } from './load-services';
import { browserPreferences } from './state/preferences';

const container = document.getElementById('container');
if (container) void mountPane(container, { startExcel: () => startExcel(), registerCommands, services: loadCoreServices, preferences: browserPreferences() });
