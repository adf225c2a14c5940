"""PyTorch eager reference for `tensorscope bench --suite training`.

Trains the ResNet-18 that io.tensorscope.engine.zoo.ResNet writes (3x3 stem for 28x28 grey images, basic blocks
[2, 2, 2, 2], widths w, 2w, 4w, 8w, no conv bias, BatchNorm, global average pool, one Linear head) for one epoch of
shuffled batches with cross-entropy and SGD with momentum, the loop Tensorscope's trainer runs, and prints one JSON
line: the network's weight values (its parameters and BatchNorm statistics, as Tensorscope counts an ONNX graph's
initializers) and the training images per second (forward, loss, backward and step;
batch assembly included, as in Tensorscope's figure).

Usage: python3 resnet18_eager.py WIDTH BATCH IMAGES THREADS SEED LR
"""
import json
import sys
import time

import torch
from torch import nn


class BasicBlock(nn.Module):
    def __init__(self, inputs, outputs, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(inputs, outputs, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(outputs)
        self.conv2 = nn.Conv2d(outputs, outputs, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(outputs)
        self.downsample = None
        if stride != 1 or inputs != outputs:
            self.downsample = nn.Sequential(nn.Conv2d(inputs, outputs, 1, stride, 0, bias=False),
                                            nn.BatchNorm2d(outputs))

    def forward(self, x):
        y = torch.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return torch.relu(y + (x if self.downsample is None else self.downsample(x)))


class ResNet18(nn.Module):
    def __init__(self, width, classes):
        super().__init__()
        self.conv1 = nn.Conv2d(1, width, 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        blocks = []
        channels = width
        for stage in range(4):
            out = width << stage
            for block in range(2):
                blocks.append(BasicBlock(channels, out, 2 if stage > 0 and block == 0 else 1))
                channels = out
        self.layers = nn.Sequential(*blocks)
        self.fc = nn.Linear(channels, classes)

    def forward(self, x):
        x = self.layers(torch.relu(self.bn1(self.conv1(x))))
        return self.fc(torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1))


def main():
    width, batch, images, threads, seed = (int(a) for a in sys.argv[1:6])
    lr = float(sys.argv[6])
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    model = ResNet18(width, 10)
    model.train()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    loss_of = nn.CrossEntropyLoss()
    pixels = torch.rand(images, 1, 28, 28)
    labels = torch.randint(0, 10, (images,))
    order = torch.randperm(images)
    start = time.perf_counter()
    for first in range(0, images, batch):
        indices = order[first:first + batch]
        x, y = pixels[indices], labels[indices]
        optimizer.zero_grad()
        loss = loss_of(model(x), y)
        loss.backward()
        optimizer.step()
        loss.item()
    seconds = time.perf_counter() - start
    parameters = sum(p.numel() for p in model.parameters()) + sum(
        b.numel() for name, b in model.named_buffers() if name.endswith(("running_mean", "running_var")))
    print(json.dumps({"torch": torch.__version__, "parameters": parameters, "images_per_second": images / seconds}))


if __name__ == "__main__":
    main()
