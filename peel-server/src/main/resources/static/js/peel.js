// Peel's small amount of JavaScript. Every page works without it; it only makes the common things quicker.
(function () {
  'use strict';

  // Move focus to an error summary (or another panel that needs reading first) when a page opens with one.
  function focusFirstAlert() {
    var target = document.querySelector('[data-autofocus]');
    if (target) {
      target.focus();
    }
  }

  // Search as the officer types: fetch the server-rendered results and swap them in, a moment after typing stops.
  function liveSearch(form) {
    var results = document.getElementById('results');
    var status = document.getElementById('search-status');
    if (!results || !window.fetch || !window.URLSearchParams) {
      return;
    }
    var timer = null;
    var pending = null;
    var lastQuery = null;

    function run() {
      var params = new URLSearchParams(new FormData(form));
      Array.from(params.keys()).forEach(function (key) {
        if (!params.get(key)) {
          params.delete(key);
        }
      });
      var query = params.toString();
      if (query === lastQuery) {
        return;
      }
      var box = form.querySelector('#q');
      if (box && box.value.trim().length > 0 && box.value.trim().length < 3 && !form.querySelector('details[open]')) {
        return;
      }
      lastQuery = query;
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      results.setAttribute('aria-busy', 'true');
      fetch('/search/results?' + query, {signal: pending.signal, headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
        .then(function (response) {
          if (!response.ok || response.redirected) {
            throw new Error('search answered ' + response.status);
          }
          return response.text();
        })
        .then(function (html) {
          results.outerHTML = html;
          results = document.getElementById('results');
          var summary = results.querySelector('[data-summary]');
          status.textContent = summary ? summary.getAttribute('data-summary') : '';
          history.replaceState(null, '', query ? '/?' + query : '/');
        })
        .catch(function (error) {
          if (error.name !== 'AbortError') {
            lastQuery = null;
            results.removeAttribute('aria-busy');
          }
        });
    }

    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 300);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    focusFirstAlert();
    var form = document.querySelector('form[data-live-search]');
    if (form) {
      liveSearch(form);
    }
  });
})();
