// Peel offline capture: one script in two places. In a page it registers itself as the service worker, keeps the
// recording forms on this device, sends what was saved here once Peel is back and shows each record's state. As the
// service worker it answers for the server when the server cannot be reached: it opens the kept forms and keeps what
// the officer submits in IndexedDB. Every record is sent with the idempotency key of its form, so it is stored once
// however often it is sent. See docs/operations.md, "Offline capture".
(function () {
  'use strict';

  var PAGES = 'peel-pages'; // the officer's kept pages: deleted at sign-out
  var ASSETS = 'peel-assets'; // style sheets, scripts and icons: nobody's data
  var FORM_PAGES = ['/people/new', '/incidents/new', '/missing/new', '/offline'];
  var INCIDENT_PAGE = /^\/incidents\/\d+$/;
  var INCIDENT_PAGES_KEPT = 20;
  var KEY_FIELD = 'idempotencyKey';
  var REFRESH_KEPT_PAGES_MS = 60 * 60 * 1000;
  // The person picker's buttons (find, pick, remove, record a new person) all post the form with this parameter
  // (web.PersonPicker): a step in filling the form in, never a record to keep.
  var PICKER_STEP = 'picker';
  var PICKER_OFFLINE = 'Peel cannot be reached, so nobody can be found or recorded from here just now: nothing was'
      + ' sent and nothing is saved yet. Type the person\'s name in this box and send the form: it is saved on this'
      + ' device, comes back for you to look at once Peel is back, and you pick the person then.';

  // The forms whose records may be kept on this device, by the address they post to.
  var CAPTURE = [
    {path: /^\/people\/new$/, kind: 'Person', summary: function (f) {
      return [f.get('names[0].forenames'), f.get('names[0].surname')].filter(Boolean).join(' ');
    }},
    {path: /^\/incidents\/new$/, kind: 'Incident', summary: function (f) {
      return [f.get('location.lines') || f.get('location.description'), first(f.get('account'))].filter(Boolean).join(': ');
    }},
    {path: /^\/incidents\/(\d+)\/crimes$/, kind: 'Crime', summary: function (f, match) {
      return 'offence ' + (f.get('offenceCode') || 'not chosen') + ' on incident record ' + match[1];
    }},
    {path: /^\/missing\/new$/, kind: 'Missing-person report', summary: function (f) {
      var person = f.get('personId') ? 'person record ' + f.get('personId')
          : f.get('personId.query') ? f.get('personId.query') + ' (not picked yet)' : 'nobody picked';
      return [person, f.get('lastSeenPlace')].filter(Boolean).join(', last seen at ');
    }}
  ];

  function first(text) {
    return text && text.length > 60 ? text.slice(0, 57) + '...' : text;
  }

  function capture(path) {
    for (var i = 0; i < CAPTURE.length; i++) {
      var match = CAPTURE[i].path.exec(path);
      if (match) {
        return {kind: CAPTURE[i].kind, summary: CAPTURE[i].summary, match: match};
      }
    }
    return null;
  }

  // ---- The device store: IndexedDB 'peel-offline', records by idempotency key, and a few facts about the device.

  function database() {
    return new Promise(function (resolve, reject) {
      var opening = indexedDB.open('peel-offline', 1);
      opening.onupgradeneeded = function () {
        opening.result.createObjectStore('records', {keyPath: 'key'});
        opening.result.createObjectStore('device');
      };
      opening.onsuccess = function () {
        resolve(opening.result);
      };
      opening.onerror = function () {
        reject(opening.error);
      };
    });
  }

  function transaction(storeName, mode, work) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(storeName, mode);
        var result = work(tx.objectStore(storeName));
        tx.oncomplete = function () {
          db.close();
          resolve(result && 'result' in result ? result.result : result);
        };
        tx.onerror = tx.onabort = function () {
          db.close();
          reject(tx.error);
        };
      });
    });
  }

  var store = {
    records: function () {
      return transaction('records', 'readonly', function (s) { return s.getAll(); });
    },
    record: function (key) {
      return transaction('records', 'readonly', function (s) { return s.get(key); });
    },
    put: function (record) {
      return transaction('records', 'readwrite', function (s) { s.put(record); });
    },
    // Keeps a record unless one with its key is kept already: a double-clicked form is one record.
    add: function (record) {
      return transaction('records', 'readwrite', function (s) {
        var found = s.get(record.key);
        found.onsuccess = function () {
          if (!found.result) {
            s.put(record);
          }
        };
      });
    },
    remove: function (key) {
      return transaction('records', 'readwrite', function (s) { s.delete(key); });
    },
    fact: function (name) {
      return transaction('device', 'readonly', function (s) { return s.get(name); });
    },
    setFact: function (name, value) {
      return transaction('device', 'readwrite', function (s) {
        if (value === undefined) {
          s.delete(name);
        } else {
          s.put(value, name);
        }
      });
    }
  };

  if (typeof window === 'undefined') {
    worker();
  } else {
    page(document.currentScript);
  }

  // ---- The service worker.

  function worker() {
    self.addEventListener('install', function () {
      self.skipWaiting();
    });

    self.addEventListener('activate', function (event) {
      event.waitUntil(self.clients.claim());
    });

    self.addEventListener('message', function (event) {
      var data = event.data || {};
      if (data.type === 'keep') {
        event.waitUntil(keepPages(data.urls).then(function (kept) {
          event.source.postMessage({type: 'kept', count: kept});
        }));
      } else if (data.type === 'forget') {
        event.waitUntil(inOrder(function () {
          return caches.delete(PAGES);
        }).then(function () {
          event.source.postMessage({type: 'forgotten'});
        }));
      }
    });

    self.addEventListener('fetch', function (event) {
      var request = event.request;
      var url = new URL(request.url);
      if (url.origin !== self.location.origin) {
        return;
      }
      if (request.method === 'POST' && request.mode === 'navigate' && capture(url.pathname)) {
        event.respondWith(sendOrKeep(request, url));
      } else if (request.method === 'GET' && request.mode === 'navigate') {
        event.respondWith(openPage(event, url));
      } else if (request.method === 'GET' && url.pathname.indexOf('/assets/') === 0) {
        event.respondWith(asset(request));
      }
    });
  }

  // Pages come from the server while it answers; a kept copy opens when it cannot be reached (or its database is down),
  // or when it has not answered within 10 s. Pages without a kept copy wait for the server as long as the browser does.
  function openPage(event, url) {
    var network = fetch(event.request);
    return caches.match(url.pathname, {cacheName: PAGES}).then(function (kept) {
      return kept ? within(network, 10000) : network;
    }).then(function (response) {
      if (unreachable(response.status)) {
        return keptCopy(url.pathname).then(function (copy) {
          return copy || response;
        });
      }
      if (response.status === 200 && response.type === 'basic' && !url.search && keepsCopy(url.pathname)) {
        event.waitUntil(keepPage(url.pathname, response.clone()));
      }
      return response;
    }, function () {
      return keptCopy(url.pathname).then(function (copy) {
        return copy || keptCopy('/offline');
      }).then(function (copy) {
        return copy || Response.error();
      });
    });
  }

  function keepsCopy(path) {
    return FORM_PAGES.indexOf(path) >= 0 || INCIDENT_PAGE.test(path);
  }

  // Writes to the kept pages happen one after another, and only while an officer is signed in on this device: a page
  // that arrives after sign-out (which first forgets the officer, then the pages, in this same order) is not kept.
  var pagesWork = Promise.resolve();

  function inOrder(work) {
    var done = pagesWork.then(work, work);
    pagesWork = done.catch(function () { return null; });
    return done;
  }

  function keepPage(path, response) {
    return inOrder(function () {
      return store.fact('user').then(function (user) {
        if (!user) {
          return 0;
        }
        return caches.open(PAGES).then(function (cache) {
          return cache.delete(path).then(function () {
            return cache.put(path, response);
          }).then(function () {
            return forgetOldIncidentPages(cache);
          }).then(function () {
            return 1;
          });
        });
      });
    });
  }

  function forgetOldIncidentPages(cache) {
    return cache.keys().then(function (requests) {
      var incidents = requests.filter(function (r) { return INCIDENT_PAGE.test(new URL(r.url).pathname); });
      return Promise.all(incidents.slice(0, Math.max(0, incidents.length - INCIDENT_PAGES_KEPT))
          .map(function (r) { return cache.delete(r); }));
    });
  }

  function unreachable(status) {
    return status === 502 || status === 503 || status === 504;
  }

  // A kept page, marked as the device's copy, with a fresh idempotency key in each form: every record made from it
  // is a new record.
  function keptCopy(path) {
    return caches.match(path, {cacheName: PAGES}).then(function (kept) {
      if (!kept) {
        return null;
      }
      return kept.text().then(function (html) {
        html = html.replace(/<html\b/, '<html data-offline-copy="true"')
            .replace(/(name="idempotencyKey"[^>]*?value=")[^"]*"/g, function (all, start) {
              return start + crypto.randomUUID() + '"';
            });
        // The copy keeps the page's security headers (its Content-Security-Policy among them).
        var headers = new Headers({'Content-Type': 'text/html;charset=UTF-8'});
        ['Content-Security-Policy', 'X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy']
            .forEach(function (name) {
              if (kept.headers.get(name)) {
                headers.set(name, kept.headers.get(name));
              }
            });
        return new Response(html, {status: 200, headers: headers});
      });
    });
  }

  function asset(request) {
    return caches.open(ASSETS).then(function (cache) {
      return cache.match(request).then(function (kept) {
        return kept || fetch(request).then(function (response) {
          if (response.ok) {
            cache.put(request, response.clone());
          }
          return response;
        });
      });
    });
  }

  function keepPages(urls) {
    return caches.open(ASSETS).then(function (assets) {
      return Promise.all(urls.map(function (url) {
        return fetch(url, {credentials: 'same-origin', redirect: 'manual'}).then(function (response) {
          if (response.status !== 200 || response.type !== 'basic') {
            return 0;
          }
          var path = new URL(url, self.location.origin).pathname;
          if (path.indexOf('/assets/') === 0) {
            return assets.put(path, response).then(function () { return 1; });
          }
          return Promise.all([keepPage(path, response.clone()), keepAssetsOf(response, assets)]).then(function (done) {
            return done[0];
          });
        }, function () { return 0; });
      }));
    }).then(function (kept) {
      return kept.reduce(function (a, b) { return a + b; }, 0);
    });
  }

  // The scripts and style sheets a kept form uses that the page asking to keep it does not (the person picker's
  // script): without them its copy would open without them.
  function keepAssetsOf(response, assets) {
    return response.text().then(function (html) {
      var found = [];
      var pattern = /<(?:script|link)\b[^>]*?(?:src|href)="(\/assets\/[^"?#]+)"/g;
      var match;
      while ((match = pattern.exec(html)) !== null) {
        if (found.indexOf(match[1]) < 0) {
          found.push(match[1]);
        }
      }
      return Promise.all(found.map(function (path) {
        return assets.match(path).then(function (kept) {
          return kept || fetch(path, {credentials: 'same-origin'}).then(function (asset) {
            return asset.ok ? assets.put(path, asset) : null;
          }, function () { return null; });
        });
      }));
    });
  }

  // A record form posted: to the server if it answers, else kept on this device for the officer signed in here.
  function sendOrKeep(request, url) {
    var copy = request.clone();
    return within(fetch(request), 30000).then(function (response) {
      return unreachable(response.status) ? keep(copy, url, response) : response;
    }, function () {
      return keep(copy, url, null);
    });
  }

  function keep(request, url, answer) {
    return Promise.all([request.text(), store.fact('user')]).then(function (got) {
      var body = got[0];
      var user = got[1];
      var fields = new URLSearchParams(body);
      var key = fields.get(KEY_FIELD);
      if (!key || !user) {
        return answer || Response.error();
      }
      if (fields.has(PICKER_STEP)) {
        return pickerNeedsTheServer(request, url, fields.get(PICKER_STEP));
      }
      var form = capture(url.pathname);
      return store.add({
        key: key, user: user, action: url.pathname, body: body, kind: form.kind,
        summary: form.summary(fields, form.match), savedAt: new Date().toISOString(), state: 'waiting'
      }).then(function () {
        return Response.redirect('/offline?saved=' + encodeURIComponent(key), 303);
      });
    });
  }

  // A picker step posted while Peel cannot be reached: nothing is kept, and the answer 204 No Content leaves the
  // officer on their form with everything typed; the page that posted it is told why (offline.js shows it there).
  function pickerNeedsTheServer(request, url, step) {
    var field = String(step).split(':')[1] || '';
    return self.clients.matchAll({type: 'window'}).then(function (windows) {
      var from = request.referrer ? new URL(request.referrer) : null;
      windows.filter(function (w) {
        var at = new URL(w.url);
        return from ? at.href === from.href
            : at.pathname === url.pathname || at.pathname + '/crimes' === url.pathname;
      }).forEach(function (w) {
        w.postMessage({type: 'picker-offline', field: field, text: PICKER_OFFLINE});
      });
      return new Response(null, {status: 204});
    });
  }

  function within(promise, millis) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { reject(new Error('no answer within ' + millis + ' ms')); }, millis);
      promise.then(function (value) {
        clearTimeout(timer);
        resolve(value);
      }, function (error) {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  // ---- The page.

  function page(script) {
    var meta = document.querySelector('meta[name=peel-user]');
    var user = meta ? meta.getAttribute('content') : null;
    var copy = document.documentElement.hasAttribute('data-offline-copy');
    var sending = false;

    if (!('serviceWorker' in navigator) || !window.indexedDB || !window.caches) {
      return;
    }

    document.addEventListener('DOMContentLoaded', function () {
      if (location.pathname === '/login') {
        // A new session follows: its pages are kept again, with its own form tokens.
        store.setFact('keptAt', undefined);
        return;
      }
      if (!user) {
        return;
      }
      var registered = navigator.serviceWorker.register(script.src, {scope: '/'});
      watchSignOut();
      showPickerMessages();
      offerCapture(registered);
      if (copy) {
        sayThisIsACopy();
        showRecords();
        return;
      }
      store.setFact('user', user).then(function () {
        return keepPagesFor(registered);
      }).then(function () {
        document.documentElement.setAttribute('data-offline-ready', 'true');
      }, function () {
        document.documentElement.setAttribute('data-offline-ready', 'false');
      });
      showRecords();
      sendWaiting().then(showRecords, showRecords);
      window.addEventListener('online', function () {
        sendWaiting().then(showRecords);
      });
      setInterval(function () {
        sendWaiting().then(function (sent) {
          if (sent) {
            showRecords();
          }
        });
      }, 30000);
    });

    // The forms, the offline page and their style and scripts, kept for this officer once an hour (and after each
    // sign-in), so that they open when Peel cannot be reached.
    function keepPagesFor(registered) {
      return Promise.all([store.fact('keptAt'), store.fact('keptFor')]).then(function (facts) {
        var fresh = facts[0] && facts[1] === user && Date.now() - facts[0] < REFRESH_KEPT_PAGES_MS;
        if (fresh) {
          return null;
        }
        var assets = Array.prototype.map.call(document.querySelectorAll('link[rel=stylesheet], script[src]'),
            function (element) { return new URL(element.href || element.src).pathname; });
        return registered.then(function () {
          return navigator.serviceWorker.ready;
        }).then(function (registration) {
          return ask(registration.active, {type: 'keep', urls: FORM_PAGES.concat(assets)}, 'kept');
        }).then(function () {
          return Promise.all([store.setFact('keptAt', Date.now()), store.setFact('keptFor', user)]);
        });
      });
    }

    function ask(worker, message, answer) {
      return new Promise(function (resolve) {
        navigator.serviceWorker.addEventListener('message', function answered(event) {
          if (event.data && event.data.type === answer) {
            navigator.serviceWorker.removeEventListener('message', answered);
            resolve(event.data);
          }
        });
        navigator.serviceWorker.startMessages();
        worker.postMessage(message);
      });
    }

    // Sends this officer's waiting records, one at a time, each with its idempotency key (a form field) and this
    // page's form token. Answers how many came back (sent or with something to look at).
    function sendWaiting() {
      if (sending || copy) {
        return Promise.resolve(0);
      }
      if (navigator.locks) {
        // One tab sends at a time (a second tab's sending would be answered again and stored once anyway); a page
        // that opens while the one before it is still sending waits for it to be gone.
        return navigator.locks.request('peel-offline-send', sendEach);
      }
      return sendEach();
    }

    function sendEach() {
      sending = true;
      var token = document.querySelector('form[action$="/logout"] input[name=_csrf]');
      var answered = 0;
      return store.records().then(function (records) {
        var waiting = records.filter(function (r) { return r.user === user && r.state === 'waiting'; });
        return waiting.reduce(function (previous, record) {
          return previous.then(function (goOn) {
            return goOn && send(record, token).then(function (outcome) {
              if (outcome) {
                answered++;
              }
              return outcome;
            });
          });
        }, Promise.resolve(true));
      }).then(function () {
        sending = false;
        return answered;
      }, function () {
        sending = false;
        return answered;
      });
    }

    // Answers whether to go on with the next record (false when Peel cannot be reached or wants a new sign-in).
    function send(record, token) {
      var fields = new URLSearchParams(record.body);
      if (token) {
        fields.set('_csrf', token.value);
      }
      return fetch(record.action, {
        method: 'POST', body: fields, credentials: 'same-origin', redirect: 'follow',
        headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': record.key}
      }).then(function (response) {
        var path = new URL(response.url).pathname;
        if (response.redirected && path === '/login') {
          return false; // the session ended: the next signed-in page sends it
        }
        if (unreachable(response.status) || response.status >= 500) {
          return false;
        }
        if (response.status === 409 && (response.headers.get('Content-Type') || '').indexOf('problem') >= 0) {
          return true; // the same record is being stored by another tab: its answer comes next time
        }
        return response.text().then(function (html) {
          return store.put(answer(record, response, path, html));
        }).then(function () { return true; });
      }, function () {
        return false;
      });
    }

    function answer(record, response, path, html) {
      var done = Object.assign({}, record, {status: response.status, answeredAt: new Date().toISOString()});
      if (response.redirected && response.status === 200) {
        done.state = 'sent';
        done.link = path;
        delete done.body; // stored on the server now: nothing of it stays on this device but its summary
        return done;
      }
      var answered = new DOMParser().parseFromString(html, 'text/html');
      if (response.status === 400) {
        done.state = 'fix';
        done.errors = Array.prototype.map.call(answered.querySelectorAll('.error-summary li'),
            function (item) { return item.textContent.trim(); });
      } else if (response.status === 200 || response.status === 409) {
        done.state = 'check';
        var heading = ['.duplicates h2', '.error-summary p', '.error-summary h2', 'main h1'].map(function (selector) {
          return answered.querySelector(selector);
        }).filter(Boolean)[0];
        done.errors = [heading ? heading.textContent.trim() : 'Peel showed the form again'];
      } else {
        done.state = 'refused';
        var title = answered.querySelector('main h1');
        done.errors = [title ? title.textContent.trim() : 'Peel answered ' + response.status];
      }
      return done;
    }

    // Sent records stay listed for a day (only their summary and link are kept), then leave the device.
    function showRecords() {
      return store.records().then(function (all) {
        var dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
        var records = all.filter(function (r) {
          var old = r.user === user && r.state === 'sent' && r.answeredAt < dayAgo;
          if (old) {
            store.remove(r.key);
          }
          return !old;
        });
        var mine = records.filter(function (r) { return r.user === user; });
        var others = records.length - mine.length;
        var list = document.getElementById('offline-queue');
        if (list) {
          drawList(list, mine, others);
          listKeptIncidents();
        } else {
          drawBanner(mine);
        }
      });
    }

    var STATES = {
      waiting: 'Saved on this device, not yet sent',
      sent: 'Sent and stored',
      fix: 'Came back with errors to fix',
      check: 'Came back: Peel needs you to look at it',
      refused: 'Peel refused it'
    };

    function drawList(list, records, others) {
      var saved = new URLSearchParams(location.search).get('saved');
      var notice = document.getElementById('offline-saved-notice');
      if (saved && notice) {
        notice.hidden = false;
        notice.textContent = 'Saved on this device, not yet sent. It is sent by itself once Peel can be reached.';
      }
      list.textContent = '';
      if (records.length === 0) {
        list.appendChild(element('p', null, 'Nothing is saved on this device.'));
      } else {
        var items = element('ol', 'offline-records');
        records.sort(function (a, b) { return a.savedAt < b.savedAt ? -1 : 1; }).forEach(function (record) {
          items.appendChild(drawRecord(record));
        });
        list.appendChild(items);
      }
      if (others > 0) {
        list.appendChild(element('p', 'hint', others === 1
            ? '1 record saved on this device by another officer is kept for them until they sign in here.'
            : others + ' records saved on this device by other officers are kept for them until they sign in here.'));
      }
    }

    function drawRecord(record) {
      var item = element('li', 'offline-record');
      item.setAttribute('data-state', record.state);
      item.setAttribute('data-key', record.key);
      item.appendChild(element('h3', null, record.kind + (record.summary ? ': ' + record.summary : '')));
      var state = element('p', 'offline-state');
      state.appendChild(element('strong', null, STATES[record.state] || record.state));
      state.appendChild(document.createTextNode(' · saved on this device ' + when(record.savedAt)));
      item.appendChild(state);
      if (record.errors && record.errors.length) {
        var errors = element('ul', 'error-summary');
        record.errors.forEach(function (text) { errors.appendChild(element('li', null, text)); });
        item.appendChild(errors);
      }
      var actions = element('p', 'actions');
      if (record.state === 'sent' && record.link) {
        var open = element('a', null, 'Open the record');
        open.href = record.link;
        actions.appendChild(open);
      }
      if ((record.state === 'fix' || record.state === 'check') && record.body) {
        actions.appendChild(button(record.opened ? 'Open the form again' : 'Open the form to fix it', 'button',
            function () { openAgain(record); }));
      }
      if (record.state !== 'sent') {
        actions.appendChild(button('Delete from this device', 'button button-secondary', function () {
          if (window.confirm('Delete this record from this device? It has not been stored in Peel.')) {
            store.remove(record.key).then(showRecords);
          }
        }));
      }
      if (actions.childNodes.length) {
        item.appendChild(actions);
      }
      return item;
    }

    // The server kept its answer to this record's key: posting the record again with its key shows that answer (the
    // form with what was typed and each problem by its field), ready to correct and send.
    function openAgain(record) {
      var form = element('form');
      form.method = 'post';
      form.action = record.action;
      var token = document.querySelector('form[action$="/logout"] input[name=_csrf]');
      new URLSearchParams(record.body).forEach(function (value, name) {
        var field = element('input');
        field.type = 'hidden';
        field.name = name;
        field.value = name === '_csrf' && token ? token.value : value;
        form.appendChild(field);
      });
      record.opened = true;
      store.put(record).then(function () {
        document.body.appendChild(form);
        form.submit();
      });
    }

    function drawBanner(records) {
      var waiting = records.filter(function (r) { return r.state === 'waiting'; }).length;
      var toLookAt = records.filter(function (r) { return r.state === 'fix' || r.state === 'check' || r.state === 'refused'; }).length;
      var main = document.getElementById('main');
      var old = document.getElementById('offline-banner');
      if (old) {
        old.remove();
      }
      if (!main || (!waiting && !toLookAt)) {
        return;
      }
      var words = [];
      if (waiting) {
        words.push(waiting === 1 ? '1 record saved on this device, not yet sent' : waiting + ' records saved on this device, not yet sent');
      }
      if (toLookAt) {
        words.push(toLookAt === 1 ? '1 record came back for you to look at' : toLookAt + ' records came back for you to look at');
      }
      var banner = element('div', 'notice');
      banner.id = 'offline-banner';
      banner.setAttribute('role', 'status');
      var text = element('p', null, words.join('; ') + '. ');
      var link = element('a', null, 'See what is saved on this device');
      link.href = '/offline';
      text.appendChild(link);
      banner.appendChild(text);
      main.insertBefore(banner, main.firstChild);
    }

    // The worker answers a picker step posted while Peel cannot be reached by leaving the officer on this form; it
    // says why here, where the picker shows what it found.
    function showPickerMessages() {
      navigator.serviceWorker.addEventListener('message', function (event) {
        var data = event.data || {};
        if (data.type !== 'picker-offline') {
          return;
        }
        var picker = document.querySelector('[data-person-picker][data-field="' + data.field + '"]')
            || document.querySelector('[data-person-picker]');
        var results = picker && picker.querySelector('[data-picker-results]');
        if (!results) {
          return;
        }
        var note = element('p', 'picker-none', data.text);
        note.setAttribute('data-picker-offline', 'sent');
        results.replaceChildren(note);
        var box = picker.querySelector('input[type=search]');
        if (box) {
          box.focus();
        }
      });
      navigator.serviceWorker.startMessages();
    }

    function sayThisIsACopy() {
      var main = document.getElementById('main');
      if (!main) {
        return;
      }
      var notice = element('div', 'warning-callout');
      notice.id = 'offline-copy-notice';
      notice.setAttribute('role', 'status');
      notice.appendChild(element('p', null, 'Peel cannot be reached. This page is the copy kept on this device: '
          + 'what you record here is saved on this device and sent once Peel is back.'));
      main.insertBefore(notice, main.firstChild);
    }

    // The 503 page offers the forms that open on this device, once this device keeps them.
    function offerCapture(registered) {
      var offer = document.getElementById('offline-capture');
      if (!offer) {
        return;
      }
      registered.then(function () {
        return caches.match('/people/new', {cacheName: PAGES});
      }).then(function (kept) {
        offer.hidden = !kept;
      });
    }

    function listKeptIncidents() {
      var list = document.getElementById('offline-incidents');
      if (!list) {
        return;
      }
      caches.has(PAGES).then(function (kept) {
        return kept ? caches.open(PAGES) : null;
      }).then(function (cache) {
        return !cache ? [] : cache.keys().then(function (requests) {
          return Promise.all(requests.filter(function (r) {
            return INCIDENT_PAGE.test(new URL(r.url).pathname);
          }).map(function (r) {
            return cache.match(r).then(function (kept) { return kept.text(); }).then(function (html) {
              var heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(html);
              return {path: new URL(r.url).pathname, title: heading ? heading[1].trim() : 'An incident'};
            });
          }));
        });
      }).then(function (incidents) {
        list.textContent = '';
        incidents.forEach(function (incident) {
          var item = element('li');
          var link = element('a', null, incident.title);
          link.href = incident.path;
          item.appendChild(link);
          list.appendChild(item);
        });
      });
    }

    // Signing out deletes this officer's records and the kept pages from this device (after a warning when some
    // were never sent).
    function watchSignOut() {
      Array.prototype.forEach.call(document.querySelectorAll('form[action$="/logout"]'), function (form) {
        form.addEventListener('submit', function (event) {
          event.preventDefault();
          store.records().then(function (records) {
            var unsent = records.filter(function (r) { return r.user === user && r.state !== 'sent'; }).length;
            if (unsent && !window.confirm((unsent === 1 ? '1 record saved on this device has'
                : unsent + ' records saved on this device have') + ' not been stored in Peel. Signing out deletes '
                + (unsent === 1 ? 'it' : 'them') + ' from this device. Sign out anyway?')) {
              return;
            }
            forget(records).then(function () {
              form.submit();
            }, function () {
              form.submit();
            });
          });
        });
      });
    }

    // First the officer, then the pages (through the worker, after any page it is still keeping).
    function forget(records) {
      return Promise.all(records.filter(function (r) { return r.user === user; })
          .map(function (r) { return store.remove(r.key); }))
          .then(function () {
            return Promise.all([store.setFact('user', undefined), store.setFact('keptFor', undefined),
              store.setFact('keptAt', undefined)]);
          }).then(function () {
            return navigator.serviceWorker.getRegistration('/');
          }).then(function (registration) {
            return registration && registration.active ? ask(registration.active, {type: 'forget'}, 'forgotten') : null;
          }).then(function () {
            return caches.delete(PAGES);
          });
    }

    function when(iso) {
      var date = new Date(iso);
      return 'on ' + date.toLocaleDateString('en-GB') + ' at ' + date.toLocaleTimeString('en-GB', {hour: '2-digit', minute: '2-digit'});
    }

    function element(name, className, text) {
      var made = document.createElement(name);
      if (className) {
        made.className = className;
      }
      if (text) {
        made.textContent = text;
      }
      return made;
    }

    function button(text, className, action) {
      var made = element('button', className, text);
      made.type = 'button';
      made.addEventListener('click', action);
      return made;
    }
  }
})();
