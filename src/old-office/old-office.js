/*
 * Shown on a task pane browser that cannot run PERF's pane: Internet Explorer 11 (Trident), which
 * Office 2016 and Office 2019 use, and the old Edge (EdgeHTML). The pane's bundles (React 19,
 * Fluent UI v9, ES2020) fail to start there without a word, so this file, loaded before them, puts
 * a short Chinese and English message in the page instead. It is a separate file because the page's
 * Content-Security-Policy forbids inline script, and it is plain ES5 (a test parses it as such):
 * no let/const, no arrow functions, no template strings, nothing newer than IE11 understands.
 * On every other browser it does nothing.
 */
(function () {
  'use strict';

  var userAgent = (window.navigator && window.navigator.userAgent) || '';
  // Trident: IE11 ("Trident/7.0; rv:11.0") and older IE ("MSIE 10.0"); EdgeHTML: "Edge/18.x"
  // (Chromium Edge and WebView2 say "Edg/", which runs the pane).
  if (!/Trident\/|MSIE |Edge\/\d/.test(userAgent)) return;

  var MESSAGE = {
    zh: {
      title: 'PERF 需要较新的 Office',
      lines: [
        '此 Office 的任务窗格使用 Internet Explorer / 旧版 Edge，无法运行 PERF 面板和 PERF.* 函数。',
        '需要：Microsoft 365、Office 2021 或 Office 2024（Windows 版，任务窗格使用 WebView2），或 Excel 网页版、Mac 版。',
        '现在即可使用：浏览器预览（在 Chrome 或新版 Edge 中打开本加载项网址下的 preview.html，文件不离开电脑）；命令行 perf-audit 校验 .xlsx 文件；WPS 加载项。'
      ]
    },
    en: {
      title: 'PERF needs a newer Office',
      lines: [
        'This Office shows task panes in Internet Explorer or the old Edge, which cannot run the PERF pane or the PERF.* functions.',
        'Needed: Microsoft 365, Office 2021 or Office 2024 on Windows (task panes in WebView2), or Excel on the web or on the Mac.',
        'Works today: the browser preview (open preview.html at this add-in\u2019s address in Chrome or the new Edge; files stay on the computer), the perf-audit command line for .xlsx files, and the WPS add-in.'
      ]
    }
  };

  function section(doc, text, lang) {
    var part = doc.createElement('section');
    part.setAttribute('lang', lang);
    var heading = doc.createElement('h1');
    heading.appendChild(doc.createTextNode(text.title));
    heading.style.fontSize = '16px';
    heading.style.margin = '0 0 8px 0';
    part.appendChild(heading);
    for (var i = 0; i < text.lines.length; i++) {
      var line = doc.createElement('p');
      line.appendChild(doc.createTextNode(text.lines[i]));
      line.style.margin = '0 0 8px 0';
      part.appendChild(line);
    }
    part.style.marginBottom = '16px';
    return part;
  }

  function show() {
    var doc = window.document;
    if (doc.getElementById('perf-old-office')) return;
    var box = doc.createElement('div');
    box.id = 'perf-old-office';
    box.setAttribute('role', 'alert');
    box.style.fontFamily = '"Microsoft YaHei", "Segoe UI", sans-serif';
    box.style.fontSize = '14px';
    box.style.lineHeight = '1.5';
    box.style.padding = '16px';
    box.appendChild(section(doc, MESSAGE.zh, 'zh-CN'));
    box.appendChild(section(doc, MESSAGE.en, 'en'));
    var container = doc.getElementById('container');
    if (container) {
      while (container.firstChild) container.removeChild(container.firstChild);
      container.appendChild(box);
    } else {
      doc.body.appendChild(box);
    }
  }

  if (window.document.readyState === 'loading') window.document.addEventListener('DOMContentLoaded', show);
  else show();
})();
