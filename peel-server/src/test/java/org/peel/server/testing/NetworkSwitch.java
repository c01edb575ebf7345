package org.peel.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relay between a browser and the test server that can be switched off, for the offline pages: while it is off,
 * every connection to its port is refused and every open one is cut, as when the server cannot be reached, while the
 * server itself (and the officer's session) keeps running. It can also answer every request 503 itself, as a load
 * balancer with no server behind it does. The browser talks to {@link #port()}; the relay passes the bytes on
 * unchanged.
 *
 * <p>Switching the browser's network off through the DevTools protocol ({@code Network.emulateNetworkConditions})
 * is not enough here: it reaches the page's own requests but not those of its service worker, which is a target of
 * its own (ChromeDevTools/devtools-protocol issue 102), and the service worker is what has to cope.
 */
public final class NetworkSwitch implements AutoCloseable {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");

    private final int serverPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile boolean unavailable;
    private Thread acceptor;

    private NetworkSwitch(int serverPort) {
        this.serverPort = serverPort;
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        on();
    }

    /** A relay to the server on {@code serverPort}, switched on. */
    public static NetworkSwitch inFrontOf(int serverPort) {
        return new NetworkSwitch(serverPort);
    }

    /** The port the browser uses. */
    public int port() {
        return port;
    }

    /** Serves again, on the same port (so on the same origin for the browser). */
    public synchronized void on() {
        if (listener != null && !unavailable) {
            return;
        }
        if (listener != null) {
            off();
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            listener = socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSocket accepting = listener;
        acceptor = new Thread(() -> accept(accepting), "network-switch-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Answers every request itself with 503 Service Unavailable, as a load balancer does when no server behind it
     * can serve (or as Peel does when its database is down), until {@link #on()}.
     */
    public synchronized void answer503() {
        off();
        unavailable = true;
        on();
    }

    /** Refuses new connections and cuts the open ones. */
    public synchronized void off() {
        if (listener == null) {
            return;
        }
        unavailable = false;
        closeQuietly(listener);
        listener = null;
        try {
            // The port is only closed once the thread blocked in accept() has left it.
            acceptor.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open.forEach(NetworkSwitch::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        off();
    }

    private void accept(ServerSocket accepting) {
        while (!accepting.isClosed()) {
            Socket browser;
            try {
                browser = accepting.accept();
            } catch (IOException closed) {
                return;
            }
            if (unavailable) {
                open.add(browser);
                Thread answering = new Thread(() -> answer503(browser), "network-switch-503");
                answering.setDaemon(true);
                answering.start();
                continue;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                open.add(browser);
                open.add(server);
                if (listener != accepting) { // switched off meanwhile
                    closeQuietly(browser);
                    closeQuietly(server);
                    continue;
                }
                relay(browser, server);
                relay(server, browser);
            } catch (IOException e) {
                closeQuietly(browser);
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread copier = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[16 * 1024];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cut) {
                // One side closed or the switch went off: close both below.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "network-switch-relay");
        copier.setDaemon(true);
        copier.start();
    }

    /** Reads each request on the connection (head and body) and answers it 503. */
    private void answer503(Socket browser) {
        try (browser; InputStream in = browser.getInputStream(); OutputStream out = browser.getOutputStream()) {
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                Matcher length = CONTENT_LENGTH.matcher(head);
                if (length.find()) {
                    in.readNBytes(Integer.parseInt(length.group(1)));
                }
                byte[] body = "<!DOCTYPE html><title>Service unavailable</title><h1>No server is available</h1>"
                        .getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\nRetry-After: 30\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException cut) {
            // The browser closed the connection, or the switch changed.
        } finally {
            open.remove(browser);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int next;
        while ((next = in.read()) >= 0) {
            head.append((char) next);
            if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
                return head.toString();
            }
        }
        return null;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Already closed.
        }
    }
}
