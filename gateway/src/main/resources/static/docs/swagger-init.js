// Swagger UI over every service's OpenAPI document; the list comes from the page (data-urls), so no inline script.
(function () {
  var node = document.getElementById('swagger-ui');
  if (!node || typeof SwaggerUIBundle === 'undefined') {
    return;
  }
  window.ui = SwaggerUIBundle({
    urls: JSON.parse(node.getAttribute('data-urls') || '[]'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout'
  });
})();
