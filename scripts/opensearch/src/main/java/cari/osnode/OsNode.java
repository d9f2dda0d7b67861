package cari.osnode;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;

/**
 * Starts ONE real OpenSearch node inside this JVM, with the distribution's modules
 * transport-netty4 (HTTP + node-to-node transport) and analysis-common (indonesian/french
 * analyzers, stemmer/elision/pattern_capture filters, whitespace tokenizer...) loaded from the
 * classpath instead of from a modules/ directory.
 *
 * Usage (one JVM per node, so that a node can be killed with kill -9):
 *   java -Xms512m -Xmx512m -cp 'target/classes:target/lib/*' cari.osnode.OsNode \
 *        -Epath.home=RUN/n0 -Ecluster.name=cari-it -Enode.name=n0 \
 *        -Ehttp.port=19200 -Etransport.port=19300 \
 *        -Ediscovery.seed_hosts=127.0.0.1:19300,127.0.0.1:19301 \
 *        -Ecluster.initial_cluster_manager_nodes=n0,n1
 * Every -Ekey=value becomes a node setting, as with bin/opensearch -E.
 * --module=fully.qualified.PluginClass adds one more classpath plugin.
 *
 * What this deliberately skips, because it lives in org.opensearch.bootstrap.Bootstrap and not in
 * Node: the security manager, the jar-hell check, JNA natives (mlockall, seccomp) and the bootstrap
 * checks (vm.max_map_count, file descriptors...): Node#validateNodeBeforeAcceptingRequests is a
 * no-op unless Bootstrap overrides it. This is the same path as the test framework's MockNode.
 * No security plugin is on the classpath, so HTTP is plain and unauthenticated.
 */
public final class OsNode {

    /** Module entry points; the first class name that exists wins (2.x renamed them *ModulePlugin). */
    private static final String[][] MODULES = {
        {"org.opensearch.transport.Netty4ModulePlugin", "org.opensearch.transport.Netty4Plugin"},
        {"org.opensearch.analysis.common.CommonAnalysisModulePlugin", "org.opensearch.analysis.common.CommonAnalysisPlugin"},
    };

    /**
     * Node's classpath-plugin constructor is protected, so a subclass is the way in (MockNode does
     * the same). In 2.19.6 it takes the plugin classes themselves (newer 3.x sources take PluginInfo).
     */
    private static final class ClasspathPluginNode extends Node {
        ClasspathPluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    private OsNode() {}

    static List<Class<? extends Plugin>> moduleClasses(List<String> extra) throws ClassNotFoundException {
        List<Class<? extends Plugin>> out = new ArrayList<>();
        for (String[] candidates : MODULES) {
            Class<? extends Plugin> found = null;
            for (String name : candidates) {
                try {
                    found = Class.forName(name).asSubclass(Plugin.class);
                    break;
                } catch (ClassNotFoundException e) {
                    // try the next name
                }
            }
            if (found == null) {
                throw new ClassNotFoundException("none of " + String.join(", ", candidates) + " is on the classpath");
            }
            out.add(found);
        }
        for (String name : extra) {
            out.add(Class.forName(name).asSubclass(Plugin.class));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Settings.Builder builder = Settings.builder()
            .put("network.host", "127.0.0.1")
            // CI disks can be nearly full; don't let the disk watermarks refuse shard allocation
            .put("cluster.routing.allocation.disk.threshold_enabled", "false");
        List<String> extra = new ArrayList<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("-E") && eq > 2) {
                builder.put(a.substring(2, eq), a.substring(eq + 1));
            } else if (a.startsWith("--module=")) {
                extra.add(a.substring("--module=".length()));
            } else {
                System.err.println("usage: OsNode -Epath.home=DIR [-Ekey=value ...] [--module=plugin.Class ...]; bad argument: " + a);
                System.exit(64);
            }
        }
        Settings settings = builder.build();
        String home = settings.get("path.home");
        if (home == null) {
            System.err.println("-Epath.home=DIR is required");
            System.exit(64);
        }
        Files.createDirectories(Paths.get(home));

        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Collections.emptyMap(), null, () -> "osnode");
        Node node = new ClasspathPluginNode(env, moduleClasses(extra));
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                closed.countDown();
            }
        }, "osnode-shutdown"));
        node.start();
        System.out.printf("OSNODE STARTED name=%s pid=%d http=%s after %d ms%n", settings.get("node.name", "?"),
            ProcessHandle.current().pid(), settings.get("http.port", "9200"), (System.nanoTime() - t0) / 1_000_000);
        System.out.flush();
        closed.await(); // SIGTERM -> shutdown hook closes the node; kill -9 is the crash test
    }
}
