import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * Figures behind two choices of issue 13 (run by secrets-cost.sh): the CPU time of one PBKDF2-HMAC-SHA256 password
 * check at several iteration counts (the room uses 150,000), and the cost of the look-alike name key (ICU4J NFKC case
 * folding and the TR #39 skeleton, as org.chatroom.protocol.NameFolding computes it): its first use, which loads
 * ICU's data, and a key afterwards.
 */
public class SecretsCost {

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = cpu.getCurrentThreadCpuTime();
        Normalizer2 fold = Normalizer2.getNFKCCasefoldInstance();
        SpoofChecker skeleton = new SpoofChecker.Builder().build();
        String first = fold.normalize(skeleton.getSkeleton(fold.normalize("m\u0430ria")));
        System.out.printf("name key, first use (loads ICU data): %.0f ms wall, %.0f ms CPU (%s)%n",
                (System.nanoTime() - start) / 1e6, (cpu.getCurrentThreadCpuTime() - startCpu) / 1e6, first);
        String[] names = { "bob", "b\u03bfb", "\uff42\uff4f\uff42", "\u00c9mile", "ada_lovelace", "\u674e\u96f7" };
        for (int i = 0; i < 20_000; i++) {
            fold.normalize(skeleton.getSkeleton(fold.normalize(names[i % names.length])));
        }
        long t = cpu.getCurrentThreadCpuTime();
        int keys = 100_000;
        for (int i = 0; i < keys; i++) {
            fold.normalize(skeleton.getSkeleton(fold.normalize(names[i % names.length])));
        }
        System.out.printf("name key, warm: %.2f us CPU per name%n", (cpu.getCurrentThreadCpuTime() - t) / 1e3 / keys);

        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] salt = new byte[16];
        for (int warm = 0; warm < 3; warm++) {
            pbkdf2.generateSecret(new PBEKeySpec("warm".toCharArray(), salt, 50_000, 256));
        }
        for (int iterations : new int[] { 100_000, 150_000, 200_000, 310_000, 600_000 }) {
            double[] ms = new double[5];
            for (int r = 0; r < ms.length; r++) {
                long c = cpu.getCurrentThreadCpuTime();
                pbkdf2.generateSecret(new PBEKeySpec("correct horse".toCharArray(), salt, iterations, 256)).getEncoded();
                ms[r] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("PBKDF2-HMAC-SHA256 %,d iterations: %.0f ms CPU per check (median of 5)%n", iterations,
                    ms[2]);
        }
    }
}
