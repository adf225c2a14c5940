package io.tensorscope.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Knowledge-distillation loss: α·T²·KL(softmax(teacher/T) ‖ softmax(student/T)) + (1 − α)·CE(student, labels),
 * averaged over the batch. The T² keeps the soft term's gradients on the scale of the hard term's.
 */
final class DistillationLoss extends Loss {

    /** Cross-entropy of logits against class ids, averaged over the batch. */
    private static final Loss HARD = Loss.softmaxCrossEntropyLoss();

    private final float temperature;
    private final float alpha;

    DistillationLoss(double temperature, double alpha) {
        super("distillation");
        this.temperature = (float) temperature;
        this.alpha = (float) alpha;
    }

    /**
     * @param labels      the class ids [N] and the teacher's logits [N, classes]
     * @param predictions the student's logits [N, classes]
     * @return the loss, a scalar
     */
    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray student = predictions.singletonOrThrow();
        NDArray classes = labels.get(0);
        NDArray teacher = labels.get(1);
        NDArray logTeacher = teacher.div(temperature).logSoftmax(-1);
        NDArray logStudent = student.div(temperature).logSoftmax(-1);
        NDArray kl = logTeacher.exp().mul(logTeacher.sub(logStudent)).sum(new int[] {-1}).mean();
        NDArray crossEntropy = HARD.evaluate(new NDList(classes), new NDList(student));
        return kl.mul(alpha * temperature * temperature).add(crossEntropy.mul(1 - alpha));
    }
}
