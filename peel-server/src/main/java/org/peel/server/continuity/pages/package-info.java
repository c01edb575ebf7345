/**
 * The page of offline capture ({@code /offline}): what is saved on this device and not yet sent. The rest of
 * offline capture is the installable web app in {@code static/} (manifest, {@code js/offline.js} as page script and
 * service worker); see docs/operations.md, "Offline capture".
 */
package org.peel.server.continuity.pages;
