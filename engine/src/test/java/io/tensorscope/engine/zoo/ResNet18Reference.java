package io.tensorscope.engine.zoo;

/**
 * The size and cost of a ResNet-18 worked out from the architecture alone (He et al. 2015, torchvision's
 * {@code resnet18}), independently of {@link ResNet}: a stem Conv (with or without a 3×3 stride-2 max-pool), four
 * stages of two basic blocks of widths w, 2w, 4w, 8w, a 1×1 projection where the stride or width changes, and a
 * fully connected head. Parameters count weights and biases that are trained (BatchNormalization's scale and bias,
 * not its running statistics, as PyTorch's {@code parameters()}); multiply-adds count convolutions and the head.
 *
 * @param params      trained parameters
 * @param bnChannels  channels of all BatchNormalizations (each holds a running mean and variance per channel)
 * @param multiplyAdds multiply-adds of one image through the convolutions and the head
 */
record ResNet18Reference(long params, long bnChannels, long multiplyAdds) {

    /**
     * @param width      w
     * @param classes    outputs of the head
     * @param inChannels channels of the images
     * @param imageSize  height = width of the images
     * @param stemKernel the stem's kernel (7 in torchvision, stride 2 and a max-pool; 3 here, stride 1, no pool)
     */
    static ResNet18Reference of(int width, int classes, int inChannels, int imageSize, int stemKernel) {
        boolean imagenetStem = stemKernel == 7;
        int size = out(imageSize, stemKernel, imagenetStem ? 2 : 1, stemKernel / 2);
        long params = (long) inChannels * stemKernel * stemKernel * width + 2L * width;
        long macs = (long) size * size * width * inChannels * stemKernel * stemKernel;
        long bn = width;
        size = imagenetStem ? out(size, 3, 2, 1) : size;
        int channels = width;
        for (int stage = 0; stage < 4; stage++) {
            int planes = width << stage;
            for (int block = 0; block < 2; block++) {
                int stride = stage > 0 && block == 0 ? 2 : 1;
                int outSize = out(size, 3, stride, 1);
                long plane = (long) outSize * outSize;
                params += 9L * channels * planes + 9L * planes * planes + 4L * planes;
                macs += plane * planes * 9L * channels + plane * planes * 9L * planes;
                bn += 2L * planes;
                if (stride != 1 || channels != planes) {
                    params += (long) channels * planes + 2L * planes;
                    macs += plane * planes * channels;
                    bn += planes;
                }
                channels = planes;
                size = outSize;
            }
        }
        params += (long) channels * classes + classes;
        macs += (long) channels * classes;
        return new ResNet18Reference(params, bn, macs);
    }

    private static int out(int in, int kernel, int stride, int pad) {
        return (in + 2 * pad - kernel) / stride + 1;
    }
}
