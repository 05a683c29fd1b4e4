# Sourced by the launcher scripts (chatroom, chatroom-server); not a command of its own.
#
# chatroom_cds DIR: class data sharing for this program's JVM (issues 9 and 11: start time). The JVM parses,
# verifies and links each class it loads; a CDS archive holds the classes of an earlier run ready to map, the JDK's and the
# bundles' alike (Equinox's class loaders define them from the same bytes, which the JVM checks by CRC). Java 17 has no
# -XX:+AutoCreateSharedArchive (19+), so this does it by hand, one archive per Java runtime and product in DIR:
#  - an archive in DIR for this runtime: used (-XX:SharedArchiveFile);
#  - none yet: this run writes one when its JVM exits (-XX:ArchiveClassesAtExit) under a name of its own, with a log;
#    the next start takes it once that log says the archive was written whole (a truncated archive would crash the
#    JVM that maps it, so a run killed while writing leaves nothing that is used).
# Nothing when the runtime has no base archive (lib/server/classes.jsa; a JVM without one refuses to write the
# archive and would not start), when DIR cannot be written, or when its path would not survive the JVM's -Xlog syntax.
# The JVM's own CDS messages are off: an archive it cannot use (another runtime build) is skipped silently.
# Sets cds_1, cds_2, cds_3: options for the java command line (empty when unused), each one word.
# Expects $java (the java command) and $launcher (the launcher jar) to be set.
chatroom_cds() {
    cds_1= cds_2= cds_3=
    cds_dir=$1
    case $cds_dir in *[:,\"=\ ]*) return 0 ;; esac
    cds_java=$(command -v "$java" 2>/dev/null) || return 0
    cds_java=$(readlink -f "$cds_java" 2>/dev/null || echo "$cds_java")
    cds_home=${cds_java%/bin/java}
    [ -f "$cds_home/lib/server/classes.jsa" ] || return 0
    mkdir -p "$cds_dir" 2>/dev/null && [ -w "$cds_dir" ] || return 0
    # the runtime (its path and release file: an update changes it) and the product (its launcher jar)
    cds_key=$({ echo "$cds_java $launcher"; cat "$cds_home/release" 2>/dev/null; } | cksum | cut -d' ' -f1)
    cds_archive=$cds_dir/$cds_key.jsa
    if [ ! -f "$cds_archive" ]; then
        for cds_log in "$cds_dir/$cds_key".*.log; do
            if [ -f "${cds_log%.log}.jsa" ] && grep -q "Written dynamic archive" "$cds_log" 2>/dev/null; then
                mv -f "${cds_log%.log}.jsa" "$cds_archive" && rm -f "$cds_log" && break
            fi
        done
    fi
    cds_1=-Xlog:cds*=off
    if [ -f "$cds_archive" ]; then
        cds_2=-XX:SharedArchiveFile=$cds_archive
    else
        # earlier attempts (killed, or of another runtime) go; $$ is the JVM's pid once the launcher execs it
        rm -f "$cds_dir"/*.*.jsa "$cds_dir"/*.*.log
        cds_2=-XX:ArchiveClassesAtExit=$cds_dir/$cds_key.$$.jsa
        cds_3=-Xlog:cds=info,cds+dynamic=info:file=$cds_dir/$cds_key.$$.log
    fi
    # archives of other runtimes or products
    for cds_old in "$cds_dir"/*.jsa; do
        case $cds_old in "$cds_archive" | "$cds_dir"/*.*.jsa) ;; *) rm -f "$cds_old" ;; esac
    done
}

# chatroom_server_bundles HERE DATA: the headless server's bundle list, DATA/configuration/server.bundles.info: the
# installed list (HERE/configuration/.../bundles.info) less the desktop's own bundles (SWT, JFace, the workbench, EMF,
# CSS, JNA, the desktop and console clients): the server loads none of them, and without them its framework installs,
# resolves and scans (Felix SCR, the extension registry) half as many. Written only when it changes, so that the
# framework's cached state stays valid. Sets server_bundles to the option that points the configurator at it (empty
# when the list cannot be written: the installed list is used).
chatroom_server_bundles() {
    server_bundles=
    sb_installed=$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
    sb_list=$2/configuration/server.bundles.info
    [ -f "$sb_installed" ] && mkdir -p "$2/configuration" 2>/dev/null || return 0
    sb_desktop='org\.chatroom\.(ui|console|client|client\.irc)|org\.eclipse\.(swt|jface|ui|help|urischeme)'
    sb_desktop="$sb_desktop"'|org\.eclipse\.(equinox\.security|core\.commands|core\.expressions|core\.databinding)'
    sb_desktop="$sb_desktop"'|org\.eclipse\.(swt|jface|ui|e4|emf|core\.databinding)\.[^,]*'
    sb_desktop="$sb_desktop"'|com\.sun\.jna[^,]*|com\.github\.weisj\.[^,]*|jakarta\.[^,]*|org\.apache\.batik\.[^,]*|wrapped\.[^,]*'
    grep -v -E "^($sb_desktop)," \
        "$sb_installed" >"$sb_list.$$" || { rm -f "$sb_list.$$"; return 0; }
    if cmp -s "$sb_list.$$" "$sb_list"; then rm -f "$sb_list.$$"; else mv -f "$sb_list.$$" "$sb_list" || return 0; fi
    server_bundles=-Dorg.eclipse.equinox.simpleconfigurator.configUrl=file:$sb_list
}

# chatroom_server_memory: the headless server's heap (issue 13: resident memory). The server's live data is small
# (about 12 MB with 100 IRC members at 300,000 deliveries/s, about 100 MB with 10,010 members), but without a maximum
# G1 sizes the heap to the allocation rate: the IRC listener's server grew to about 1 GB resident at 300,000
# deliveries/s on a 24 GB machine, most of it young generation that a collection empties. CHATROOM_SERVER_HEAP (a
# -Xmx size, default 512m; "default" leaves the JVM's own) caps it; a periodic collection after a minute without one
# hands back what a burst made the heap grow by. CHATROOM_VM_ARGS comes after these and may override them.
# Sets server_mem_1, server_mem_2: options for the java command line (empty when unused), each one word.
chatroom_server_memory() {
    server_mem_1= server_mem_2=-XX:G1PeriodicGCInterval=60000
    sm_heap=${CHATROOM_SERVER_HEAP:-512m}
    case $sm_heap in
        default) ;;
        *[!0-9kKmMgG]* | '' | [!1-9]*) echo "chatroom-server: CHATROOM_SERVER_HEAP=$sm_heap is no heap size; using 512m" >&2
            server_mem_1=-Xmx512m ;;
        *) server_mem_1=-Xmx$sm_heap ;;
    esac
}
