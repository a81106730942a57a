package cn.fuwukuaiche.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay in front of a database, which a test can cut and restore: {@link #cut()} closes the listening
 * socket and every open connection (the server sees its pool's connections break and new ones refused, exactly as
 * when the database stops), {@link #restore()} listens on the same port again. Used by DisplayRestartIT to stop the
 * database under a running server, whatever the database (H2 over TCP or MariaDB), without touching the database.
 */
final class TcpGate implements AutoCloseable {

    private final int port;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    TcpGate(int port, String targetHost, int targetPort) {
        this.port = port;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    synchronized TcpGate restore() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = s;
        Thread accept = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    Socket server = new Socket(targetHost, targetPort);
                    // registered under the gate's lock, and only while it is open: a connection accepted just before
                    // cut() but registered after it would otherwise outlive the cut (a fresh-clone CI once saw the
                    // screen's feed answer 200 from such a connection while the database was "down")
                    synchronized (this) {
                        if (s.isClosed() || listener != s) {
                            closeQuietly(client);
                            closeQuietly(server);
                            continue;
                        }
                        open.add(client);
                        open.add(server);
                    }
                    pump(client, server);
                    pump(server, client);
                } catch (IOException e) {
                    // closed by cut(), or the target refused: the client sees its connection end
                }
            }
        }, "tcp-gate-accept-" + port);
        accept.setDaemon(true);
        accept.start();
        return this;
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side ended
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-gate-pump-" + port);
        t.setDaemon(true);
        t.start();
    }

    /** The database "stops": nothing listens on the port, every open connection ends. */
    synchronized void cut() {
        closeQuietly(listener);
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    @Override
    public void close() {
        cut();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
