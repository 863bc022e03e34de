// Sends the CSRF token with every htmx request, so that htmx forms pass Spring Security's check.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name='_csrf']");
  var header = document.querySelector("meta[name='_csrf_header']");
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A list updated in place (its filters, its pager) pushes its new address; the header's language
// links, made by the server for the address the page was loaded at, follow it so that switching
// language keeps the page and filters being shown.
document.addEventListener("htmx:pushedIntoHistory", function () {
  ["vi", "en"].forEach(function (language) {
    var link = document.getElementById("lang-" + language);
    if (link) {
      var address = new URL(window.location.href);
      address.searchParams.set("lang", language);
      link.setAttribute("href", address.pathname + address.search);
    }
  });
});
