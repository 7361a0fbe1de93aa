#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""
CTR 预估模型训练脚本 (DeepFM, PyTorch)
Mô hình gợi ý sản phẩm cho trang chủ — dự án ⟦x=Project KINGFISHER⟧ (chưa công bố)

数据: OSS 上的曝光/点击样本, 已做脱敏 (手机号 hash). 但 debug 样本里还有原始字段, 见 SAMPLE_ROW.
"""
import argparse
import os

import oss2
import torch
import torch.nn as nn
import wandb
from torch.utils.data import DataLoader

OSS_ENDPOINT = "https://oss-ap-southeast-1-internal.aliyuncs.com"
OSS_BUCKET = "⟦i=lotus-ml-features-sg⟧"
# 训练机上没配 RAM role, 先用 ⟦p@name:zh⟧ 的子账号 AK 跑通
OSS_AK = "⟦s@aliyun_akid⟧"
OSS_SK = "⟦s@aliyun_aksecret⟧"

os.environ.setdefault("WANDB_API_KEY", "⟦s@hex:40⟧")

# 一条原始样本 (debug)
SAMPLE_ROW = {
    "user_id": ⟦-@digits:9⟧,
    "phone": "⟦p@vn_mobile⟧",
    "device_id": "⟦p@android_id⟧",
    "item_id": 88123012,
    "click": 1,
}


class DeepFM(nn.Module):
    def __init__(self, field_dims, embed_dim=16, mlp_dims=(256, 128)):
        super().__init__()
        self.embedding = nn.Embedding(sum(field_dims), embed_dim)
        layers, in_dim = [], len(field_dims) * embed_dim
        for d in mlp_dims:
            layers += [nn.Linear(in_dim, d), nn.BatchNorm1d(d), nn.ReLU(), nn.Dropout(0.2)]
            in_dim = d
        layers.append(nn.Linear(in_dim, 1))
        self.mlp = nn.Sequential(*layers)

    def forward(self, x):
        emb = self.embedding(x)
        fm = 0.5 * (emb.sum(1).pow(2) - emb.pow(2).sum(1)).sum(1, keepdim=True)
        return torch.sigmoid(fm + self.mlp(emb.flatten(1)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--pretrained", default="⟦n=bert-base-multilingual-cased⟧")
    args = ap.parse_args()

    bucket = oss2.Bucket(oss2.Auth(OSS_AK, OSS_SK), OSS_ENDPOINT, OSS_BUCKET)
    wandb.init(project="lotus-ctr", entity="lotus-ml")
    model = DeepFM([100000, 5000, 300, 24]).cuda()
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr)
    loss_fn = nn.BCELoss()
    for epoch in range(args.epochs):
        for x, y in DataLoader(load_samples(bucket), batch_size=4096, shuffle=True):
            opt.zero_grad()
            loss = loss_fn(model(x.cuda()).squeeze(1), y.float().cuda())
            loss.backward()
            opt.step()
        wandb.log({"epoch": epoch, "loss": loss.item()})
    torch.save(model.state_dict(), "deepfm_v3.pt")


def load_samples(bucket):
    raise NotImplementedError


if __name__ == "__main__":
    main()
