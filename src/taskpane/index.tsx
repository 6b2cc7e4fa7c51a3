// Placeholder until the pane lands (owner: pane work).
import { createRoot } from 'react-dom/client';
import { registerCommands } from '../commands/register';

Office.onReady(() => registerCommands());
const container = document.getElementById('container');
if (container) createRoot(container).render(<p>PERF</p>);
