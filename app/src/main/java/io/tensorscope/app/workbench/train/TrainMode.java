package io.tensorscope.app.workbench.train;

/** How the Train tab trains: cross-entropy on the labels, or distillation from a teacher. */
public enum TrainMode {

    /** Cross-entropy on the data set's labels (optionally with a new head). */
    FINETUNE("finetune", "Fine-tune"),
    /** α·T²·KL(teacher ‖ student) + (1 − α)·cross-entropy, the teacher the trained experiment's parent. */
    DISTIL("distil", "Distil");

    private final String id;
    private final String label;

    TrainMode(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** @return the step id recorded in the experiment's pipeline: {@code finetune} or {@code distil} */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return label;
    }
}
