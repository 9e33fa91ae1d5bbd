// Keeps the reader's place when switching language: block ids (#p12), claim
// ids and metric rows are the same in every language version of a page, so the
// switcher carries the current #fragment over. Without script the switcher
// still goes to the counterpart page, at its top.
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest(".lang-switch a[hreflang]") : null;
  if (link && window.location.hash) {
    link.href = link.href.split("#")[0] + window.location.hash;
  }
});
