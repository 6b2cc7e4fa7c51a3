// The first-render baseline: a page with only FluentProvider and one button, built with the
// add-in's own webpack settings (bench/pages/webpack.bare.js), loaded from the same page template.
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">校验</Button>
    </FluentProvider>,
  );
}
