package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.data.LabelledImages;
import io.tensorscope.engine.evaluate.ImageAccuracy;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.engine.train.EpochStats;
import io.tensorscope.engine.train.GraphTrainer;
import io.tensorscope.engine.train.HeadReplacement;
import io.tensorscope.engine.train.TrainingOptions;
import io.tensorscope.engine.train.TrainingResult;
import io.tensorscope.engine.train.TrainingSets;
import io.tensorscope.engine.zoo.ResNet;
import io.tensorscope.profiler.stats.Percentiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The training part of {@code tensorscope bench}: the targets of the training issue, each measured here and printed
 * with what it is held to — the MNIST CNN pruned then distilled, the CNN fine-tuned to Fashion-MNIST with a new head,
 * ResNet-18 (width 16) from scratch on Fashion-MNIST (time and resident memory per epoch), that ResNet pruned,
 * distilled and quantized (variants side by side, {@link VariantBench}), and our training step against the same
 * network in PyTorch eager from Python ({@link EagerReference}), in turn.
 */
final class TrainingBench {

    private static final String MNIST = "mnist";
    private static final String FASHION = "fashion-mnist";
    private static final int RESNET_WIDTH = 16;
    private static final int RESNET_EPOCHS = 10;
    private static final double RESNET_LR = 0.05;
    private static final long SEED = 2026;
    /** Training images per throughput round (a tenth more are drawn: the validation hold-out). */
    private static final int THROUGHPUT_SAMPLES = 3560;
    private static final int THROUGHPUT_ROUNDS = 3;

    private TrainingBench() {
    }

    /**
     * @param trainedResnet a ResNet-18 width 16 trained before on Fashion-MNIST (e.g. by {@code train resnet18}), to
     *                      prune and distil without training one first; null to train it here (20 minutes)
     */
    static void run(PrintWriter out, Path trainedResnet) throws TensorscopeException {
        int threads = Runtime.getRuntime().availableProcessors();
        prunedCnn(out);
        finetunedCnn(out, threads);
        Model resnet = trainedResnet == null ? resnetFromScratch(out, threads)
                : new ModelSource().open(trainedResnet.toString(), ProgressListener.NONE);
        prunedResnet(out, resnet);
        throughput(out, threads);
    }

    /** MNIST CNN pruned to half its channels, then distilled from the original for 2 epochs. */
    private static void prunedCnn(PrintWriter out) throws TensorscopeException {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        Map<String, Model> variants = new LinkedHashMap<>();
        variants.put("fp32", cnn);
        variants.put("channels 50%", VariantBench.variant(cnn, null, "prune-channel:sparsity=0.5"));
        variants.put("channels 50% + distil 2", VariantBench.variant(cnn, MNIST, "prune-channel:sparsity=0.5",
                "distil:epochs=2"));
        flops(out, variants);
        VariantBench.compare(out, "mnist-cnn pruned then distilled, batch 1, 1 thread", variants, MNIST, null);
        out.println("target: channels 50% + distil 2 within 0.3 points of fp32, FLOPs <= 50 %, speed-up of pruning kept");
    }

    /** The MNIST CNN with a new 10-class head, fine-tuned on Fashion-MNIST for 2 epochs. */
    private static void finetunedCnn(PrintWriter out, int threads) throws TensorscopeException {
        Model cnn = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        Model student = HeadReplacement.replace(cnn, 10, SEED);
        TrainingOptions options = TrainingOptions.builder().epochs(2).learningRate(0.01).threads(threads).build();
        out.println();
        out.println("== mnist-cnn fine-tuned to fashion-mnist: --replace-head 10, 2 epochs, SGD lr 0.01 ==");
        TrainingResult result = train(out, student, FASHION, options, null);
        out.printf(Locale.ROOT, "test accuracy %.2f %% (target >= 89 %%)%n", 100 * testAccuracy(result.model(), threads));
    }

    /** ResNet-18 width 16 from scratch on Fashion-MNIST for 10 epochs: accuracy, time and resident memory per epoch. */
    private static Model resnetFromScratch(PrintWriter out, int threads) throws TensorscopeException {
        Model resnet = ResNet.resnet18(RESNET_WIDTH, 10, SEED);
        TrainingOptions options = TrainingOptions.builder().epochs(RESNET_EPOCHS).learningRate(RESNET_LR)
                .threads(threads).build();
        out.println();
        out.printf(Locale.ROOT, "== resnet18 width %d from scratch on fashion-mnist: %d epochs, batch %d, SGD lr %.2f, "
                + "%d threads ==%n", RESNET_WIDTH, RESNET_EPOCHS, options.batchSize(), RESNET_LR, threads);
        List<Double> residentMegabytes = new ArrayList<>();
        long start = System.nanoTime();
        TrainingResult result = train(out, resnet, FASHION, options, residentMegabytes);
        double minutes = (System.nanoTime() - start) / 6e10;
        out.printf(Locale.ROOT, "test accuracy %.2f %% after %d epochs, %.1f min in all (%.1f min per epoch, "
                + "validation included) (target >= 92 %% in <= 10 epochs)%n", 100 * testAccuracy(result.model(),
                threads), RESNET_EPOCHS, minutes, minutes / RESNET_EPOCHS);
        if (residentMegabytes.size() >= RESNET_EPOCHS) {
            double second = residentMegabytes.get(1);
            double last = residentMegabytes.get(RESNET_EPOCHS - 1);
            out.printf(Locale.ROOT, "resident memory after epoch 2: %.0f MB, after epoch %d: %.0f MB (%+.1f %%; "
                    + "target within 10 %%)%n", second, RESNET_EPOCHS, last, 100 * (last / second - 1));
        }
        return result.model();
    }

    /**
     * The trained ResNet pruned (half its channels, kept counts rounded to multiples of 8, which ONNX Runtime's
     * vectorised convolutions run faster than odd counts), distilled from itself, then static int8, side by side.
     */
    private static void prunedResnet(PrintWriter out, Model resnet) throws TensorscopeException {
        String prune = "prune-channel:sparsity=0.5,round=8";
        String distil = "distil:epochs=2,lr=" + RESNET_LR / 5;
        String int8 = "static-int8:samples=500";
        Map<String, Model> variants = new LinkedHashMap<>();
        variants.put("fp32", resnet);
        variants.put("static int8", VariantBench.variant(resnet, FASHION, int8));
        variants.put("channels 50% r8", VariantBench.variant(resnet, null, prune));
        Model distilled = VariantBench.variant(resnet, FASHION, prune, distil);
        variants.put("channels 50% r8 + distil 2", distilled);
        variants.put("... + static int8", VariantBench.variant(distilled, FASHION, int8));
        flops(out, variants);
        VariantBench.compare(out, "resnet18 w16 pruned, distilled, quantized, batch 1, 1 thread", variants, FASHION,
                null);
        out.println("target: >= 40 % fewer FLOPs, distilled within 1 point of fp32 and >= 1.5x; ... + static int8 "
                + "within 1 point and >= 3x");
    }

    /** Our ResNet-18 training step against PyTorch eager's, rounds in turn. */
    private static void throughput(PrintWriter out, int threads) throws TensorscopeException {
        out.println();
        out.printf(Locale.ROOT, "== training throughput: resnet18 width %d, batch 64, %d threads, images/s of one "
                + "epoch, %d rounds in turn ==%n", RESNET_WIDTH, threads, THROUGHPUT_ROUNDS);
        out.flush();
        TrainingOptions options = TrainingOptions.builder().samples(THROUGHPUT_SAMPLES).learningRate(RESNET_LR)
                .threads(threads).build();
        Model network = ResNet.resnet18(RESNET_WIDTH, 10, SEED);
        long parameters = ModelAnalyzer.analyze(network, InputSizes.defaults(), ProgressListener.NONE).totals().params();
        LabelledImages images = TrainingSets.training(network, FASHION);
        EagerReference eager = EagerReference.find().orElse(null);
        if (eager == null) {
            out.println("PyTorch eager reference skipped: no python3 here imports torch (Debian: apt-get install "
                    + "python3-torch)");
        }
        double[] ours = new double[THROUGHPUT_ROUNDS];
        double[] theirs = new double[THROUGHPUT_ROUNDS];
        for (int round = 0; round < THROUGHPUT_ROUNDS; round++) {
            TrainingResult result = GraphTrainer.train(ResNet.resnet18(RESNET_WIDTH, 10, SEED + round), null, images,
                    options, GraphTrainer.Checkpoints.NONE, ProgressListener.NONE, (s, e) -> { });
            ours[round] = result.imagesPerSecond();
            String line = String.format(Locale.ROOT, "round %d: tensorscope %.0f images/s", round + 1, ours[round]);
            if (eager != null) {
                EagerReference.Measurement m = eager.measure(RESNET_WIDTH, options.batchSize(), (int) result.images(),
                        threads, SEED + round, RESNET_LR);
                if (m.parameters() != parameters) {
                    throw new TensorscopeException(ErrorCode.INTERNAL, "the eager reference has " + m.parameters()
                            + " parameters, ours " + parameters + ": not the same network");
                }
                theirs[round] = m.imagesPerSecond();
                line += String.format(Locale.ROOT, ", PyTorch %s eager %.0f images/s", m.torchVersion(), theirs[round]);
            }
            out.println(line);
            out.flush();
        }
        double oursMedian = Percentiles.of(ours).median();
        if (eager != null) {
            double theirsMedian = Percentiles.of(theirs).median();
            out.printf(Locale.ROOT, "median: tensorscope %.0f, PyTorch eager %.0f images/s: %.2fx (target >= 0.9x)%n",
                    oursMedian, theirsMedian, oursMedian / theirsMedian);
        }
    }

    private static TrainingResult train(PrintWriter out, Model student, String dataset, TrainingOptions options,
            List<Double> residentMegabytes) throws TensorscopeException {
        out.flush();
        return GraphTrainer.train(student, null, TrainingSets.training(student, dataset), options,
                GraphTrainer.Checkpoints.NONE, ProgressListener.NONE, (stats, epochs) -> {
                    String memory = "";
                    if (residentMegabytes != null) {
                        residentMegabytes.add(residentMegabytes());
                        memory = String.format(Locale.ROOT, ", resident %.0f MB",
                                residentMegabytes.get(residentMegabytes.size() - 1));
                    }
                    out.println(stats.describe(epochs) + memory);
                    out.flush();
                });
    }

    private static double testAccuracy(Model model, int threads) throws TensorscopeException {
        LabelledImages test = TrainingSets.test(FASHION).orElseThrow();
        return ImageAccuracy.evaluate(model, test, FASHION, 0, test.count(), threads, ProgressListener.NONE).value();
    }

    private static void flops(PrintWriter out, Map<String, Model> variants) throws TensorscopeException {
        long base = 0;
        StringBuilder line = new StringBuilder("FLOPs per image:");
        for (Map.Entry<String, Model> e : variants.entrySet()) {
            long flops = ModelAnalyzer.analyze(e.getValue(), InputSizes.defaults(), ProgressListener.NONE).totals()
                    .flops();
            base = base == 0 ? flops : base;
            line.append(String.format(Locale.ROOT, "  %s %.1fM (%.0f %%)", e.getKey(), flops / 1e6, 100.0 * flops / base));
        }
        out.println();
        out.println(line);
    }

    /** @return this process's resident set, MB (VmRSS of /proc/self/status), or NaN where there is none */
    private static double residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
