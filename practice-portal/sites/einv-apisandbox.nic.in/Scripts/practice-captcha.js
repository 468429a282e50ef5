// Draws a practice captcha: 6 random digits, slightly distorted, in an inline <svg>.
// The code is also put in the element's data-practice-code so automated tests can read it.
// (The assistant extension must never read it: on the real portal the user types the captcha.)
(function () {
  'use strict';
  var SVG_NS = 'http://www.w3.org/2000/svg';

  function random(n) {
    var a = new Uint32Array(1);
    crypto.getRandomValues(a);
    return a[0] % n;
  }

  function el(name, attrs) {
    var node = document.createElementNS(SVG_NS, name);
    for (var k in attrs) node.setAttribute(k, String(attrs[k]));
    return node;
  }

  /** Draws a new code into `svg` and returns it. */
  function draw(svg) {
    var code = '';
    for (var i = 0; i < 6; i++) code += String(random(10));
    var width = 130;
    var height = 40;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);

    for (var d = 0; d < 28; d++) {
      svg.appendChild(el('circle', { cx: random(width), cy: random(height), r: 1, fill: '#9a8f7a' }));
    }
    for (var c = 0; c < 6; c++) {
      var x = 12 + c * 19 + random(4);
      var y = 27 + random(7);
      var angle = random(31) - 15;
      var text = el('text', {
        x: x,
        y: y,
        'font-family': c % 2 ? 'Georgia, serif' : 'Courier New, monospace',
        'font-size': 20 + random(5),
        'font-weight': 'bold',
        fill: ['#3b3b7a', '#6b2d2d', '#2d5b3b', '#444'][random(4)],
        transform: 'rotate(' + angle + ' ' + x + ' ' + y + ')',
      });
      text.textContent = code.charAt(c);
      svg.appendChild(text);
    }
    for (var l = 0; l < 3; l++) {
      svg.appendChild(
        el('path', {
          d: 'M0 ' + random(height) + ' Q ' + random(width) + ' ' + random(height) + ' ' + width + ' ' + random(height),
          stroke: '#7a6f5a',
          'stroke-width': 1,
          fill: 'none',
        }),
      );
    }
    svg.setAttribute('data-practice-code', code);
    return code;
  }

  window.PracticeCaptcha = { draw: draw };
})();
