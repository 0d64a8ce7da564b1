<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnnotationProblems</name>
    <message numerus="yes">
        <source>%1 was read with %n problem(s); the records named were skipped or fixed as each line says.</source>
        <translation>
            <numerusform>%1 已读取，但有 %n 个问题；所列记录已按各行说明跳过或修正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n annotation problem(s)</source>
        <translation>
            <numerusform> — %n 个标注问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Mask R-CNN Inspector</source>
        <translation>Mask R-CNN Inspector</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Precision-Recall Curve. AP@%1 = %2</source>
        <translation>精确率-召回率曲线。AP@%1 = %2</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>DatasetEvaluationText</name>
    <message>
        <source>None of the %1 images could be read: %2</source>
        <translation>%1 张图像都无法读取：%2</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
</context>
<context>
    <name>DatasetLoading</name>
    <message>
        <source>Cannot open the dataset %1: %2</source>
        <translation>无法打开数据集 %1：%2</translation>
    </message>
</context>
<context>
    <name>EvaluationContext</name>
    <message>
        <source>id %1</source>
        <translation>编号 %1</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 不可用：%2</translation>
    </message>
    <message>
        <source>unknown figure kind</source>
        <translation>未知的图表类型</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use png, jpg, svg or pdf)</source>
        <translation>未知格式“%1”（请使用 png、jpg、svg 或 pdf）</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>无法编码图像</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>未绘制任何内容</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>dy</source>
        <translation>dy</translation>
    </message>
    <message>
        <source>dx</source>
        <translation>dx</translation>
    </message>
    <message>
        <source>log(dh)</source>
        <translation>log(dh)</translation>
    </message>
    <message>
        <source>log(dw)</source>
        <translation>log(dw)</translation>
    </message>
    <message numerus="yes">
        <source>%n valid proposal(s)</source>
        <translation>
            <numerusform>%n 个有效候选框</numerusform>
        </translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Seed of the random colours and samples; every figure shares it, so a detection keeps its colour</source>
        <translation>随机颜色与随机抽样的种子；所有图共用，因此同一检测在各图中颜色不变</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Pyramid level whose anchors are drawn: 0 = P2 (stride 4, the smallest anchors) … 4 = P6</source>
        <translation>绘制其锚框的金字塔层级：0 = P2（步长 4，锚框最小）… 4 = P6</translation>
    </message>
    <message>
        <source>Anchors drawn</source>
        <translation>绘制锚框数</translation>
    </message>
    <message>
        <source>How many anchors to draw, highest objectness first</source>
        <translation>绘制的锚框数量，按目标性得分从高到低</translation>
    </message>
    <message>
        <source>Boxes drawn</source>
        <translation>绘制框数</translation>
    </message>
    <message>
        <source>How many boxes to draw, best first (the notebooks draw 50)</source>
        <translation>绘制的框数量，从最好的开始（原笔记本绘制 50 个）</translation>
    </message>
    <message>
        <source>Proposals drawn</source>
        <translation>抽样候选框数</translation>
    </message>
    <message>
        <source>How many proposals to draw, picked at random with the seed (the notebook draws 200)</source>
        <translation>绘制的候选框数量，按随机种子随机抽取（原笔记本绘制 200 个）</translation>
    </message>
    <message>
        <source>IoU threshold</source>
        <translation>IoU 阈值</translation>
    </message>
    <message>
        <source>The overlap at which a detection matches a ground-truth instance; the ground-truth figures share it</source>
        <translation>检测与真值实例匹配所需的重叠度；各真值对比图共用此值</translation>
    </message>
    <message>
        <source>Feature map</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Which kept feature map to draw; its shape is [batch, height, width, channels]</source>
        <translation>要绘制的已保留特征图；形状为 [批次, 高, 宽, 通道]</translation>
    </message>
    <message>
        <source>First channel</source>
        <translation>起始通道</translation>
    </message>
    <message>
        <source>The first channel drawn</source>
        <translation>绘制的第一个通道</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <source>How many channels to draw from the first</source>
        <translation>从起始通道开始绘制的通道数量</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部通道</translation>
    </message>
    <message>
        <source>Every channel of the feature map, in a grid that scrolls</source>
        <translation>特征图的所有通道，以可滚动的网格显示</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>The weight tensor whose values are counted</source>
        <translation>统计其数值分布的权重张量</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>分箱数</translation>
    </message>
    <message>
        <source>Number of histogram bins</source>
        <translation>直方图的分箱数量</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Counts on a logarithmic axis</source>
        <translation>计数使用对数坐标轴</translation>
    </message>
    <message>
        <source>Molded input image</source>
        <translation>规整后的输入图像（molded）</translation>
    </message>
    <message>
        <source>Anchors of the centre cell per level</source>
        <translation>各层级中心单元的锚框</translation>
    </message>
    <message>
        <source>All anchors of one level</source>
        <translation>单个层级的全部锚框</translation>
    </message>
    <message>
        <source>RPN targets: positive anchors and their refinement</source>
        <translation>RPN 训练目标：正样本锚框及其修正</translation>
    </message>
    <message>
        <source>Top anchors by objectness</source>
        <translation>目标性得分最高的锚框</translation>
    </message>
    <message>
        <source>Pre-NMS anchors and their refinement</source>
        <translation>NMS 之前的锚框及其修正</translation>
    </message>
    <message>
        <source>Refined anchors clipped to the image</source>
        <translation>裁剪到图像范围内的修正后锚框</translation>
    </message>
    <message>
        <source>Refined anchors after NMS</source>
        <translation>NMS 之后的修正后锚框</translation>
    </message>
    <message>
        <source>Final proposals</source>
        <translation>最终候选框</translation>
    </message>
    <message>
        <source>Proposal classification</source>
        <translation>候选框分类</translation>
    </message>
    <message>
        <source>Bounding-box refinement</source>
        <translation>边界框修正</translation>
    </message>
    <message>
        <source>Background and low-confidence filtering</source>
        <translation>背景与低置信度过滤</translation>
    </message>
    <message>
        <source>Per-class non-maximum suppression</source>
        <translation>逐类别非极大值抑制（NMS）</translation>
    </message>
    <message>
        <source>Final detections</source>
        <translation>最终检测结果</translation>
    </message>
    <message>
        <source>Ground-truth masks</source>
        <translation>真值掩码</translation>
    </message>
    <message>
        <source>Predicted 28×28 masks (soft)</source>
        <translation>预测的 28×28 掩码（软掩码）</translation>
    </message>
    <message>
        <source>Predicted 28×28 masks (thresholded)</source>
        <translation>预测的 28×28 掩码（阈值化后）</translation>
    </message>
    <message>
        <source>Masks pasted into the image</source>
        <translation>贴回原图的掩码</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测结果</translation>
    </message>
    <message>
        <source>Ground truth and detections</source>
        <translation>真值与检测结果</translation>
    </message>
    <message>
        <source>Precision-recall curve</source>
        <translation>精确率-召回率曲线</translation>
    </message>
    <message>
        <source>Overlaps of ground truth and predictions</source>
        <translation>真值与预测结果的重叠</translation>
    </message>
    <message>
        <source>Training targets: ROIs sampled from the proposals</source>
        <translation>训练目标：从候选框中采样的 ROI</translation>
    </message>
    <message>
        <source>Training targets: mask targets of the positive ROIs</source>
        <translation>训练目标：正样本 ROI 的掩码目标</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>RPN deltas: dy</source>
        <translation>RPN 偏移量：dy</translation>
    </message>
    <message>
        <source>RPN deltas: dx</source>
        <translation>RPN 偏移量：dx</translation>
    </message>
    <message>
        <source>RPN deltas: log(dh)</source>
        <translation>RPN 偏移量：log(dh)</translation>
    </message>
    <message>
        <source>RPN deltas: log(dw)</source>
        <translation>RPN 偏移量：log(dw)</translation>
    </message>
    <message>
        <source>Proposal corners (y1, x1)</source>
        <translation>候选框角点 (y1, x1)</translation>
    </message>
    <message>
        <source>Proposal corners (y2, x2)</source>
        <translation>候选框角点 (y2, x2)</translation>
    </message>
    <message>
        <source>Parameters per stage</source>
        <translation>各阶段的参数量</translation>
    </message>
    <message>
        <source>Histogram of a weight tensor</source>
        <translation>权重张量的直方图</translation>
    </message>
    <message>
        <source>Change by layer against a second weight file</source>
        <translation>与另一个权重文件相比各层的变化</translation>
    </message>
    <message>
        <source>Losses per epoch</source>
        <translation>每个 epoch 的损失</translation>
    </message>
    <message>
        <source>Losses per step</source>
        <translation>每一步的损失</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>1. Input</source>
        <translation>1. 输入</translation>
    </message>
    <message>
        <source>2. Anchors</source>
        <translation>2. 锚框</translation>
    </message>
    <message>
        <source>3. RPN targets</source>
        <translation>3. RPN 训练目标</translation>
    </message>
    <message>
        <source>4. RPN predictions</source>
        <translation>4. RPN 预测</translation>
    </message>
    <message>
        <source>5. Proposal classification</source>
        <translation>5. 候选框分类</translation>
    </message>
    <message>
        <source>6. Detection, step by step</source>
        <translation>6. 逐步检测</translation>
    </message>
    <message>
        <source>7. Masks</source>
        <translation>7. 掩码</translation>
    </message>
    <message>
        <source>8. Against ground truth</source>
        <translation>8. 与真值对比</translation>
    </message>
    <message>
        <source>9. Activations</source>
        <translation>9. 激活值</translation>
    </message>
    <message>
        <source>10. Weights</source>
        <translation>10. 权重</translation>
    </message>
    <message>
        <source>11. Training history</source>
        <translation>11. 训练历史</translation>
    </message>
    <message numerus="yes">
        <source>%n valid proposal(s) out of %1</source>
        <translation>
            <numerusform>%n 个有效候选框（共 %1 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positive ROI(s)</source>
        <translation>
            <numerusform>%n 个正样本 ROI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn: %n random proposal(s); background dotted, the rest solid with class and score</source>
        <translation>
            <numerusform>已绘制：%n 个随机候选框；背景为点线，其余为实线并标注类别和得分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn: %1 of %n positive ROI(s), proposal dotted → refined box solid (class deltas × BBOX_STD_DEV, clipped to the window)</source>
        <translation>
            <numerusform>已绘制：%1 / %n 个正样本 ROI，候选框为虚线 → 修正后的框为实线（类别偏移量 × BBOX_STD_DEV，裁剪到图像窗口 window 内）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n detection(s):</source>
        <translation>
            <numerusform>保留 %n 个检测结果：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s): %1</source>
        <translation>
            <numerusform>%n 个检测结果：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn: one anchor in %1 (%n box(es))</source>
        <translation>
            <numerusform>已绘制：每 %1 个锚框取 1 个（共 %n 个框）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n mask(s)</source>
        <translation>
            <numerusform>显示 %n 个掩码中的前 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn: %n positive anchor(s) (dotted) with their refinement (solid), %1 of %2 negative anchors (grey)</source>
        <translation>
            <numerusform>已绘制：%n 个正样本锚框（点线）及其修正（实线），%2 个负样本锚框中的 %1 个（灰色）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid proposal(s) out of %1 (POST_NMS_ROIS_INFERENCE %2)</source>
        <translation>
            <numerusform>%n 个有效候选框（共 %1 个，POST_NMS_ROIS_INFERENCE %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 positive, %n negative ROI(s) of TRAIN_ROIS_PER_IMAGE = %2</source>
        <translation>
            <numerusform>%1 个正样本 ROI、%n 个负样本 ROI（TRAIN_ROIS_PER_IMAGE = %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 proposals and %n ground-truth instance(s); ROI_POSITIVE_RATIO %2</source>
        <translation>
            <numerusform>来自 %1 个候选框和 %n 个真值实例；ROI_POSITIVE_RATIO %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n positive ROI(s)</source>
        <translation>
            <numerusform>显示 %n 个正样本 ROI 中的前 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  …… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n 个 epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weight tensor(s)</source>
        <translation>
            <numerusform>%n 个权重张量</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (crowd)</source>
        <translation>%1（crowd）</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, channels %2–%3 of %4</source>
        <translation>%1，通道 %2–%3（共 %4 个）</translation>
    </message>
    <message>
        <source>AP: %1</source>
        <translation>AP：%1</translation>
    </message>
    <message>
        <source>All anchors</source>
        <translation>全部锚框</translation>
    </message>
    <message>
        <source>All anchors of level %1 (P%2)</source>
        <translation>层级 %1（P%2）的全部锚框</translation>
    </message>
    <message>
        <source>Anchors in level: %1</source>
        <translation>该层级锚框数：%1</translation>
    </message>
    <message>
        <source>Anchors per cell: %1</source>
        <translation>每个单元的锚框数：%1</translation>
    </message>
    <message>
        <source>At mask IoU &gt;= %1:</source>
        <translation>掩码 IoU &gt;= %1 时：</translation>
    </message>
    <message>
        <source>Background ROIs removed: %1</source>
        <translation>移除的背景 ROI：%1</translation>
    </message>
    <message>
        <source>Cells: mask IoU; &quot;match&quot; above %1 with the same class, &quot;wrong&quot; with another</source>
        <translation>单元格：掩码 IoU；高于 %1 时，类别相同标为“match”（匹配），类别不同标为“wrong”（错误）</translation>
    </message>
    <message>
        <source>Column %1 (%2) of the raw RPN deltas, before RPN_BBOX_STD_DEV</source>
        <translation>原始 RPN 偏移量的第 %1 列（%2），未乘 RPN_BBOX_STD_DEV</translation>
    </message>
    <message>
        <source>Compare the weights with a second file (File ▸ Compare weights…) to see the change by layer.</source>
        <translation>与另一个权重文件比较（文件 ▸ 比较权重…）即可看到各层的变化。</translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <source>DETECTION_MIN_CONFIDENCE is 0: no confidence filter (as the original)</source>
        <translation>DETECTION_MIN_CONFIDENCE 为 0：不做置信度过滤（与原实现一致）</translation>
    </message>
    <message>
        <source>Detection-only model: no masks.</source>
        <translation>仅检测模型：没有掩码。</translation>
    </message>
    <message>
        <source>Drawn: all %1</source>
        <translation>已绘制：全部 %1 个</translation>
    </message>
    <message>
        <source>Drawn: positive ROIs solid in their class colour, the refinement they are trained towards dotted; negative ROIs grey dotted.</source>
        <translation>绘制：正样本 ROI 用其类别颜色的实线，其训练所趋向的修正框用点线；负样本 ROI 用灰色点线。</translation>
    </message>
    <message>
        <source>Drawn: the first %1 of the top-%2 anchors (dotted) and their refinement (solid)</source>
        <translation>已绘制：得分前 %2 的锚框中的前 %1 个（虚线）及其修正结果（实线）</translation>
    </message>
    <message>
        <source>Each cell: the ROI&apos;s crop of the molded image, stretched like crop_and_resize, beside its %1 x %2 mask target</source>
        <translation>每格：ROI 在规整后（molded）图像中的截取区域（像 crop_and_resize 一样拉伸），旁边是它的 %1 x %2 掩码目标</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Epoch %1: %2</source>
        <translation>第 %1 个 epoch：%2</translation>
    </message>
    <message>
        <source>False negatives: %1</source>
        <translation>假阴性（FN）：%1</translation>
    </message>
    <message>
        <source>False positives: %1</source>
        <translation>假阳性（FP）：%1</translation>
    </message>
    <message>
        <source>From epoch %1: %2</source>
        <translation>自第 %1 个 epoch 起：%2</translation>
    </message>
    <message>
        <source>Ground Truth and Detections
 GT=green, pred=red, captions: score/IoU</source>
        <translation>真值与检测结果
 GT=绿色，pred=红色，标签：得分/IoU</translation>
    </message>
    <message>
        <source>Ground truth from %1, labelled with its class names</source>
        <translation>真值来自 %1，使用其自身的类别名称标注</translation>
    </message>
    <message>
        <source>Kept after per-class NMS: %1</source>
        <translation>逐类别 NMS 后保留：%1</translation>
    </message>
    <message>
        <source>Kept by NMS (IoU &gt; %1 suppresses): %2 of %3</source>
        <translation>NMS 保留（IoU &gt; %1 即被抑制）：%2 / %3</translation>
    </message>
    <message>
        <source>Level %1 (P%2), stride %3, feature map %4 x %5</source>
        <translation>层级 %1（P%2），步长 %3，特征图 %4 x %5</translation>
    </message>
    <message>
        <source>Level %1. Anchors: %2  Feature map shape: (%3, %4)</source>
        <translation>层级 %1。锚框：%2  特征图形状：(%3, %4)</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>层级数：%1</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Model and annotation disagree on class names: predictions are labelled with the model&apos;s names, ground truth with the annotation&apos;s.</source>
        <translation>模型与标注的类别名称不一致：预测使用模型的名称，真值使用标注的名称。</translation>
    </message>
    <message>
        <source>Model and annotation disagree on classes: the model has %1 classes and the annotation %2 (both with BG), so a class id need not mean the same class in predictions and ground truth.</source>
        <translation>模型与标注的类别不一致：模型有 %1 个类别，标注有 %2 个（均含背景），因此同一类别编号在预测和真值中未必指同一类别。</translation>
    </message>
    <message>
        <source>Molded shape: %1 x %2 (%3 mode)</source>
        <translation>规整后尺寸：%1 x %2（%3 模式）</translation>
    </message>
    <message>
        <source>NMS pick #%1 = pre-NMS anchor %2</source>
        <translation>NMS 选中 #%1 = NMS 前锚框 %2</translation>
    </message>
    <message>
        <source>NaN and infinite values are left out of the histogram.</source>
        <translation>NaN 和无穷大的值未计入直方图。</translation>
    </message>
    <message>
        <source>No detections.</source>
        <translation>没有检测结果。</translation>
    </message>
    <message>
        <source>No ground truth for this image: %1</source>
        <translation>此图像没有真值：%1</translation>
    </message>
    <message>
        <source>No ground truth for this image: open a dataset image or load an annotation to compare.</source>
        <translation>此图像没有真值：请打开数据集中的图像或加载标注以进行对比。</translation>
    </message>
    <message>
        <source>No ground truth for this image: open a dataset image or load an annotation.</source>
        <translation>此图像没有真值：请打开数据集中的图像或加载标注。</translation>
    </message>
    <message>
        <source>No positive ROIs: no proposal overlaps a ground-truth box with IoU &gt;= 0.5, so there are no mask targets.</source>
        <translation>没有正样本 ROI：没有候选框与真值框的 IoU &gt;= 0.5，因此没有掩码目标。</translation>
    </message>
    <message>
        <source>No predictions: the grid has no rows.</source>
        <translation>没有预测结果：网格中没有行。</translation>
    </message>
    <message>
        <source>No training log: open a training folder, its training_log.csv or a checkpoint in it (File ▸ Open training log…).</source>
        <translation>没有训练日志：请打开训练文件夹、其中的 training_log.csv 或其中的检查点（文件 ▸ 打开训练日志…）。</translation>
    </message>
    <message>
        <source>No weight file: the model was not opened from a .h5 file.</source>
        <translation>没有权重文件：模型不是从 .h5 文件打开的。</translation>
    </message>
    <message>
        <source>Original shape: %1 x %2</source>
        <translation>原始尺寸：%1 x %2</translation>
    </message>
    <message>
        <source>Padding: top %1, bottom %2, left %3, right %4</source>
        <translation>填充：上 %1，下 %2，左 %3，右 %4</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Parameters per stage (%1 in all)</source>
        <translation>各阶段的参数量（共 %1）</translation>
    </message>
    <message>
        <source>Positive ROIs per class: %1</source>
        <translation>各类别的正样本 ROI：%1</translation>
    </message>
    <message>
        <source>Post-NMS proposals</source>
        <translation>NMS 之后的候选框</translation>
    </message>
    <message>
        <source>Precision-Recall Curve. AP@%1 = %2</source>
        <translation>精确率-召回率曲线。AP@%1 = %2</translation>
    </message>
    <message>
        <source>RPN recall at IoU 0.7 against the ground truth:</source>
        <translation>IoU 0.7 下 RPN 相对真值的召回率：</translation>
    </message>
    <message>
        <source>RPN targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translation>RPN 训练目标需要真值：请打开数据集中的图像，或为此图像加载标注。</translation>
    </message>
    <message>
        <source>Ratios: %1</source>
        <translation>宽高比：%1</translation>
    </message>
    <message>
        <source>Refined anchors</source>
        <translation>修正后的锚框</translation>
    </message>
    <message>
        <source>Relative change</source>
        <translation>相对变化</translation>
    </message>
    <message>
        <source>Relative change ‖a − b‖ / ‖b‖ by layer</source>
        <translation>各层的相对变化 ‖a − b‖ / ‖b‖</translation>
    </message>
    <message>
        <source>Remove boxes below %1 confidence: %2 removed</source>
        <translation>移除置信度低于 %1 的框：已移除 %2 个</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>已移除：</translation>
    </message>
    <message>
        <source>Rows: predictions by descending score; columns: ground truth</source>
        <translation>行：按得分降序排列的预测结果；列：真值</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>缩放比例：%1</translation>
    </message>
    <message>
        <source>Scales: %1</source>
        <translation>尺度：%1</translation>
    </message>
    <message>
        <source>Sigmoid outputs of the detection&apos;s class channel</source>
        <translation>该检测结果所属类别通道的 Sigmoid 输出</translation>
    </message>
    <message>
        <source>Tensors in network order, by stage</source>
        <translation>按网络顺序排列的张量（按阶段分组）</translation>
    </message>
    <message>
        <source>The annotation&apos;s masks are %1×%2 pixels but the image is %3×%4: the masks are shown alone.</source>
        <translation>标注的掩码为 %1×%2 像素，而图像为 %3×%4：仅单独显示掩码。</translation>
    </message>
    <message>
        <source>The ground truth of this image has no instances: nothing to draw or compare.</source>
        <translation>此图像的真值没有任何实例：没有可绘制或比较的内容。</translation>
    </message>
    <message>
        <source>The ground truth of this image has only crowd regions, which the original&apos;s per-image metrics leave out: nothing to compare.</source>
        <translation>此图像的真值只有人群（crowd）区域，而原版的逐图像指标会将其排除：没有可比较的内容。</translation>
    </message>
    <message>
        <source>The image area inside the padding</source>
        <translation>填充区域以内的图像区域</translation>
    </message>
    <message>
        <source>The original&apos;s metrics compare masks, and this model has no mask head.</source>
        <translation>原实现的评估指标比较的是掩码，而此模型没有掩码分支。</translation>
    </message>
    <message>
        <source>The sample comes from a generator seeded with %1; TensorFlow&apos;s random_shuffle cannot be reproduced, so the original would pick others.</source>
        <translation>采样来自种子为 %1 的随机数生成器；TensorFlow 的 random_shuffle 无法复现，因此原版会选出别的 ROI。</translation>
    </message>
    <message>
        <source>The statistics of %1 are not ready yet.</source>
        <translation>%1 的统计量尚未计算完成。</translation>
    </message>
    <message>
        <source>The training folder has no training_log.csv.</source>
        <translation>训练文件夹中没有 training_log.csv。</translation>
    </message>
    <message>
        <source>The training folder has no training_steps.csv.</source>
        <translation>训练文件夹中没有 training_steps.csv。</translation>
    </message>
    <message>
        <source>The training log has no lr column.</source>
        <translation>训练日志中没有 lr 列。</translation>
    </message>
    <message>
        <source>The weight file has no tensor named %1.</source>
        <translation>权重文件中没有名为 %1 的张量。</translation>
    </message>
    <message>
        <source>The weight file holds no tensor.</source>
        <translation>权重文件中没有任何张量。</translation>
    </message>
    <message>
        <source>This model has no mask head (its weights have no mrcnn_mask layers), so it predicts boxes only.</source>
        <translation>此模型没有掩码分支（其权重中没有 mrcnn_mask 层），因此只预测边界框。</translation>
    </message>
    <message>
        <source>This run kept no anchors.</source>
        <translation>本次运行未保留锚框。</translation>
    </message>
    <message>
        <source>This run kept no detection trace.</source>
        <translation>本次运行未保留检测过程记录。</translation>
    </message>
    <message>
        <source>This run kept no feature maps: run again with feature maps kept (they are large, so they are off by default).</source>
        <translation>本次运行未保留特征图：请开启“保留特征图”后重新运行（特征图较大，因此默认关闭）。</translation>
    </message>
    <message>
        <source>This run kept no proposals.</source>
        <translation>本次运行未保留候选框。</translation>
    </message>
    <message>
        <source>Thresholded at &gt;= %1</source>
        <translation>以 &gt;= %1 进行阈值化</translation>
    </message>
    <message>
        <source>Top %1 anchors by objectness</source>
        <translation>目标性得分前 %1 的锚框</translation>
    </message>
    <message>
        <source>Training targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translation>训练目标需要真值：请打开数据集中的图像，或为此图像加载标注。</translation>
    </message>
    <message>
        <source>True positives: %1</source>
        <translation>真阳性（TP）：%1</translation>
    </message>
    <message>
        <source>Unchanged tensors are drawn at %1, a decade under the smallest change.</source>
        <translation>未变化的张量画在 %1 处，即最小变化之下一个数量级。</translation>
    </message>
    <message>
        <source>Window (y1, x1, y2, x2): %1, %2, %3, %4</source>
        <translation>图像窗口 window (y1, x1, y2, x2)：%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>anchor #%1, objectness %2</source>
        <translation>锚框 #%1，目标性得分 %2</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>class %1 is &quot;%2&quot; in the model and &quot;%3&quot; in the annotation</source>
        <translation>类别 %1 在模型中为“%2”，在标注中为“%3”</translation>
    </message>
    <message>
        <source>cut by DETECTION_MAX_INSTANCES</source>
        <translation>因 DETECTION_MAX_INSTANCES 被截断</translation>
    </message>
    <message>
        <source>false positive</source>
        <translation>假阳性</translation>
    </message>
    <message>
        <source>ground truth #%1 %2 — %3</source>
        <translation>真值 #%1 %2 — %3</translation>
    </message>
    <message>
        <source>kept by NMS as #%1 of class %2</source>
        <translation>被 NMS 保留，为类别 %2 中的 #%1</translation>
    </message>
    <message>
        <source>level %1, ratio %2, anchor #%3</source>
        <translation>层级 %1，宽高比 %2，锚框 #%3</translation>
    </message>
    <message>
        <source>loaded checkpoint (epoch %1)</source>
        <translation>已加载的检查点（第 %1 个 epoch）</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>missed (FN)</source>
        <translation>漏检（FN）</translation>
    </message>
    <message>
        <source>negative ROI (row %1 of the targets)</source>
        <translation>负样本 ROI（训练目标第 %1 行）</translation>
    </message>
    <message>
        <source>negative anchor #%1</source>
        <translation>负样本锚框 #%1</translation>
    </message>
    <message>
        <source>neutral anchors: %1</source>
        <translation>中性锚框：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>positive ROI (row %1 of the targets)</source>
        <translation>正样本 ROI（训练目标第 %1 行）</translation>
    </message>
    <message>
        <source>precisions: %1</source>
        <translation>精确率：%1</translation>
    </message>
    <message>
        <source>proposal #%1: %2</source>
        <translation>候选框 #%1：%2</translation>
    </message>
    <message>
        <source>recalls: %1</source>
        <translation>召回率：%1</translation>
    </message>
    <message>
        <source>refinement target of ROI %1</source>
        <translation>ROI %1 的修正目标</translation>
    </message>
    <message>
        <source>relative change</source>
        <translation>相对变化</translation>
    </message>
    <message>
        <source>removed: score %1 &lt; DETECTION_MIN_CONFIDENCE %2</source>
        <translation>已移除：得分 %1 &lt; DETECTION_MIN_CONFIDENCE %2</translation>
    </message>
    <message>
        <source>suppressed by proposal #%1 (IoU &gt; %2)</source>
        <translation>被候选框 #%1 抑制（IoU &gt; %2）</translation>
    </message>
    <message>
        <source>true positive</source>
        <translation>真阳性</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>x1 (normalised)</source>
        <translation>x1（归一化）</translation>
    </message>
    <message>
        <source>x2 (normalised)</source>
        <translation>x2（归一化）</translation>
    </message>
    <message>
        <source>y1 (normalised)</source>
        <translation>y1（归一化）</translation>
    </message>
    <message>
        <source>y2 (normalised)</source>
        <translation>y2（归一化）</translation>
    </message>
    <message>
        <source>Open a dataset (File ▸ Open dataset…) to see its statistics.</source>
        <translation>打开一个数据集（文件 ▸ 打开数据集…）即可查看其统计信息。</translation>
    </message>
    <message>
        <source>The dataset&apos;s ground truth is still being read.</source>
        <translation>数据集的真值仍在读取中。</translation>
    </message>
    <message>
        <source>So far over %1 of %2 images; the rest are still being read.</source>
        <translation>目前基于 %2 张图像中的 %1 张；其余仍在读取中。</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <source>%1: mean %2, median %3, min %4, max %5</source>
        <translation>%1：均值 %2，中位数 %3，最小 %4，最大 %5</translation>
    </message>
    <message>
        <source>Instances per class</source>
        <translation>每类实例数</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>%1: %2 instances in %3 images</source>
        <translation>%1：%2 个实例，分布于 %3 张图像</translation>
    </message>
    <message>
        <source>Instances per image</source>
        <translation>每张图像的实例数</translation>
    </message>
    <message>
        <source>Images without instances: %1 of %2</source>
        <translation>没有实例的图像：%2 张中的 %1 张</translation>
    </message>
    <message>
        <source>Image sizes</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>%1 distinct sizes (height × width):</source>
        <translation>%1 种不同尺寸（高 × 宽）：</translation>
    </message>
    <message>
        <source>%1 × %2: %3 images</source>
        <translation>%1 × %2：%3 张图像</translation>
    </message>
    <message>
        <source>… and %1 more sizes</source>
        <translation>……另有 %1 种尺寸</translation>
    </message>
    <message>
        <source>Object size: the square root of the mask area (pixels)</source>
        <translation>目标大小：掩码面积的平方根（像素）</translation>
    </message>
    <message>
        <source>Mask area (pixels)</source>
        <translation>掩码面积（像素）</translation>
    </message>
    <message>
        <source>Square root of the area</source>
        <translation>面积的平方根</translation>
    </message>
    <message>
        <source>COCO small (area &lt; 32²): %1, medium: %2, large (area &gt; 96²): %3</source>
        <translation>COCO 小目标（面积 &lt; 32²）：%1，中目标：%2，大目标（面积 &gt; 96²）：%3</translation>
    </message>
    <message>
        <source>Aspect ratio of the objects&apos; boxes (height / width)</source>
        <translation>目标框的宽高比（高 / 宽）</translation>
    </message>
    <message>
        <source>Height / width</source>
        <translation>高 / 宽</translation>
    </message>
    <message>
        <source>classification: on an instance of another class</source>
        <translation>分类错误：落在另一类别的实例上</translation>
    </message>
    <message>
        <source>localisation: right class, overlap too small</source>
        <translation>定位错误：类别正确，但重叠太小</translation>
    </message>
    <message>
        <source>both: wrong class and overlap too small</source>
        <translation>两者皆错：类别错误且重叠太小</translation>
    </message>
    <message>
        <source>duplicate: its instance was already matched</source>
        <translation>重复：其实例已被匹配</translation>
    </message>
    <message>
        <source>background: on no instance</source>
        <translation>背景：未落在任何实例上</translation>
    </message>
    <message>
        <source>missed: an instance nothing matched or aimed at</source>
        <translation>漏检：没有任何检测匹配或指向的实例</translation>
    </message>
    <message>
        <source>No ground truth for this image: open a dataset image or load an annotation to see its error types.</source>
        <translation>此图像没有真值：打开数据集中的图像或加载标注即可查看其错误类型。</translation>
    </message>
    <message>
        <source>Error types (TIDE) at %1 IoU %2</source>
        <translation>错误类型（TIDE），%1 IoU %2</translation>
    </message>
    <message>
        <source>box</source>
        <translation>框</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>ground truth #%1 %2</source>
        <translation>真值 #%1 %2</translation>
    </message>
    <message>
        <source>%1 — a crowd region: detections inside it are ignored</source>
        <translation>%1 — crowd 区域：其中的检测被忽略</translation>
    </message>
    <message>
        <source>%1 — Miss, %2</source>
        <translation>%1 — 漏检（Miss），%2</translation>
    </message>
    <message>
        <source>%1 — matched</source>
        <translation>%1 — 已匹配</translation>
    </message>
    <message>
        <source>%1 — not matched; a Cls or Loc error aimed at it, so it counts there, not as a Miss</source>
        <translation>%1 — 未匹配；有 Cls 或 Loc 错误指向它，因此计入该类错误，而不是漏检</translation>
    </message>
    <message>
        <source>detection #%1 %2 %3</source>
        <translation>检测 #%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 — beyond the 100 highest-scoring detections of the image: not judged</source>
        <translation>%1 — 不在该图像得分最高的 100 个检测之内：不参与评判</translation>
    </message>
    <message>
        <source>%1 — true positive: IoU %2 with %3</source>
        <translation>%1 — 真阳性：与 %3 的 IoU 为 %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source> (IoU %1 with %2)</source>
        <translation>（与 %2 的 IoU 为 %1）</translation>
    </message>
    <message>
        <source> (highest IoU with any instance %1)</source>
        <translation>（与任一实例的最高 IoU 为 %1）</translation>
    </message>
    <message>
        <source>; inside a crowd region, so left out of the AP</source>
        <translation>；位于 crowd 区域内，因此不计入 AP</translation>
    </message>
    <message>
        <source>TIDE&apos;s rules on %1 IoU: a match at IoU &gt;= %2, background at IoU &lt;= %3; the dataset evaluation finds the same errors in this image for the same detections.</source>
        <translation>TIDE 基于%1 IoU 的规则：IoU &gt;= %2 为匹配，IoU &lt;= %3 为背景；对相同的检测，数据集评估在此图像中得到相同的错误。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Click a detection to see where it came from.</source>
        <translation>点击一个检测即可查看它的来源。</translation>
    </message>
    <message>
        <source>Box IoU</source>
        <translation>框 IoU</translation>
    </message>
    <message>
        <source>Match on box overlap (COCO bbox) instead of mask overlap (COCO segm); a model without masks always uses boxes</source>
        <translation>按框的重叠（COCO bbox）而不是掩码的重叠（COCO segm）匹配；没有掩码的模型总是使用框</translation>
    </message>
    <message>
        <source>Ground truth: the top four classes</source>
        <translation>真值：面积最大的四个类别</translation>
    </message>
    <message>
        <source>Ground truth: mini masks and their expansion</source>
        <translation>真值：迷你掩码及其还原</translation>
    </message>
    <message>
        <source>Ground truth flipped as the augmentation does</source>
        <translation>按数据增强的方式翻转的真值</translation>
    </message>
    <message>
        <source>Error types (TIDE)</source>
        <translation>错误类型（TIDE）</translation>
    </message>
    <message>
        <source>Object sizes</source>
        <translation>目标大小</translation>
    </message>
    <message>
        <source>Object aspect ratios</source>
        <translation>目标宽高比</translation>
    </message>
    <message>
        <source>12. Dataset</source>
        <translation>12. 数据集</translation>
    </message>
    <message>
        <source>The annotation&apos;s masks are %1×%2 pixels but the image is %3×%4.</source>
        <translation>标注的掩码为 %1×%2 像素，但图像为 %3×%4。</translation>
    </message>
    <message>
        <source>%1: %2, mask area %3 pixels</source>
        <translation>%1：%2，掩码面积 %3 像素</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more classes with a smaller area are not shown.</source>
        <translation>另有 %1 个面积更小的类别未显示。</translation>
    </message>
    <message>
        <source>dropped: empty after resizing</source>
        <translation>已丢弃：缩放后为空</translation>
    </message>
    <message>
        <source>expanded: IoU %1</source>
        <translation>还原后：IoU %1</translation>
    </message>
    <message>
        <source>%1 #%2: box %3×%4 pixels, %5 mask pixels; expanded back, IoU %6 with the original</source>
        <translation>%1 #%2：框 %3×%4 像素，掩码 %5 像素；还原后与原掩码的 IoU 为 %6</translation>
    </message>
    <message>
        <source>Rows: each mask in the molded image; its mini mask (MINI_MASK_SHAPE %1×%2, what training stores when USE_MINI_MASK is %3); the mini mask expanded back into its box.</source>
        <translation>各行：塑形后图像中的每个掩码；它的迷你掩码（MINI_MASK_SHAPE %1×%2，USE_MINI_MASK 为 %3 时训练保存的内容）；迷你掩码还原回其框内的结果。</translation>
    </message>
    <message>
        <source>The first %1 of %2 instances.</source>
        <translation>%2 个实例中的前 %1 个。</translation>
    </message>
    <message>
        <source>The molded image and its ground truth flipped left to right, as the data generator&apos;s augmentation does with probability 0.5 (mrcnn train --flip h).</source>
        <translation>塑形后的图像及其真值左右翻转，与数据生成器的增强以 0.5 的概率所做的相同（mrcnn train --flip h）。</translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
</context>
<context>
    <name>GroundTruthLoader</name>
    <message>
        <source>%1 has no entry for %2 (%3 images in the file)</source>
        <translation>%1 中没有 %2 的条目（文件中共 %3 张图像）</translation>
    </message>
    <message>
        <source>Cannot read the annotation %1: %2</source>
        <translation>无法读取标注 %1：%2</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1（类别 %2）</translation>
    </message>
    <message>
        <source>Anchor #%1 %2, objectness %3</source>
        <translation>锚框 #%1 %2，目标性得分 %3</translation>
    </message>
    <message>
        <source>Classified as %1 with probability %2 (background %3)</source>
        <translation>分类为 %1，概率 %2（背景 %3）</translation>
    </message>
    <message>
        <source>Final detection #%1, score %2</source>
        <translation>最终检测结果 #%1，得分 %2</translation>
    </message>
    <message>
        <source>Kept by the NMS of %1 as its #%2; suppressed %3</source>
        <translation>在 %1 的 NMS 中保留为第 %2 个；抑制了 %3</translation>
    </message>
    <message>
        <source>Kept by the RPN&apos;s NMS as proposal #%1 %2</source>
        <translation>被 RPN 的 NMS 保留为候选框 #%1 %2</translation>
    </message>
    <message>
        <source>Passed the background and confidence filters</source>
        <translation>通过了背景过滤和置信度过滤</translation>
    </message>
    <message>
        <source>Pre-NMS rank %1 of %2; refined to %3, clipped to %4</source>
        <translation>NMS 前排名第 %1（共 %2 个）；修正为 %3，裁剪为 %4</translation>
    </message>
    <message>
        <source>Refined by the class-specific deltas to %1</source>
        <translation>经类别专属偏移量修正为 %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>no box</source>
        <translation>无框</translation>
    </message>
    <message>
        <source>proposals %1</source>
        <translation>候选框 %1</translation>
    </message>
</context>
<context>
    <name>OverlapGrid</name>
    <message>
        <source>No predictions or no ground truth</source>
        <translation>没有预测结果或没有真值</translation>
    </message>
    <message>
        <source>Ground Truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测结果</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>demo shapes model (untrained, random weights)</source>
        <translation>演示 shapes 模型（未训练，随机权重）</translation>
    </message>
    <message>
        <source>demo shapes model</source>
        <translation>演示 shapes 模型</translation>
    </message>
    <message>
        <source>The demo&apos;s ground truth is missing from this build.</source>
        <translation>此版本中缺少演示图像的真值标注。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot show the figure %1</source>
        <translation>无法显示图 %1</translation>
    </message>
    <message>
        <source>The run did not finish; no screenshots taken.</source>
        <translation>运行未完成；未截取任何屏幕截图。</translation>
    </message>
    <message>
        <source>The window did not show %1</source>
        <translation>窗口未显示 %1</translation>
    </message>
    <message>
        <source>Cannot take a screenshot of %1</source>
        <translation>无法截取 %1 的屏幕截图</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TableCsvText</name>
    <message>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>WeightText</name>
    <message>
        <source>dead</source>
        <translation>死值</translation>
    </message>
    <message>
        <source>exploding</source>
        <translation>爆炸</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>Inf</source>
        <translation>Inf</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n value(s), min %3, max %4, mean %5, std %6, NaN %7, Inf %8</source>
        <translation>
            <numerusform>%1 %2：%n 个值，最小 %3，最大 %4，均值 %5，标准差 %6，NaN %7，Inf %8</numerusform>
        </translation>
    </message>
    <message>
        <source>alerts: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 and %2 share no weight tensor: they are not two versions of one model, so there is no change to show.</source>
        <translation>%1 与 %2 没有共同的权重张量：它们不是同一模型的两个版本，因此没有可显示的变化。</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1 (the reference)</source>
        <translation>B：%1（参照）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n common tensor(s) changed</source>
        <translation>
            <numerusform>%n 个共同张量中有 %1 个发生变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) only in A</source>
        <translation>
            <numerusform>%n 个张量仅在 A 中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) only in B</source>
        <translation>
            <numerusform>%n 个张量仅在 B 中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) changed shape</source>
        <translation>
            <numerusform>%n 个张量的形状发生变化</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mask R-CNN Inspector</source>
        <translation>Mask R-CNN Inspector</translation>
    </message>
    <message>
        <source>Keras .h5 weights</source>
        <translation>Keras .h5 权重</translation>
    </message>
    <message>
        <source>Config preset or JSON file</source>
        <translation>配置预设或 JSON 文件</translation>
    </message>
    <message>
        <source>Save a screenshot of each stage and quit</source>
        <translation>为每个阶段保存一张屏幕截图后退出</translation>
    </message>
    <message>
        <source>Image to inspect, or Keras .h5 weights to open</source>
        <translation>要检查的图像，或要打开的 Keras .h5 权重</translation>
    </message>
    <message>
        <source>demo image</source>
        <translation>演示图像</translation>
    </message>
    <message>
        <source>Largest image to decode, in pixels (default 100000000; also MRCNN_MAX_IMAGE_PIXELS)</source>
        <translation>可解码的最大图像像素数（默认 100000000；也可用 MRCNN_MAX_IMAGE_PIXELS 设置）</translation>
    </message>
    <message>
        <source>error: --max-image-pixels: &quot;%1&quot; is not a positive whole number of pixels</source>
        <translation>错误：--max-image-pixels：“%1”不是正整数像素数</translation>
    </message>
    <message>
        <source>Run every convolution channels-last instead of the path measured fastest on this machine</source>
        <translation>所有卷积均以通道在后（channels-last）布局运行，而不使用在本机上测得最快的方式</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ClassApTable</name>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>检测数</translation>
    </message>
    <message>
        <source>Mask AP</source>
        <translation>掩码 AP</translation>
    </message>
    <message>
        <source>Mask AP@.5</source>
        <translation>掩码 AP@.5</translation>
    </message>
    <message>
        <source>Box AP</source>
        <translation>边界框 AP</translation>
    </message>
    <message>
        <source>Box AP@.5</source>
        <translation>边界框 AP@.5</translation>
    </message>
    <message>
        <source>COCOeval&apos;s AP per class (area all, 100 detections per image): AP is the mean over IoU 0.50:0.95, as mrcnn eval --per-class; — where the class has no ground truth. Instances: ground truth without crowds; detections: kept at the minimum confidence.</source>
        <translation>COCOeval 的逐类 AP（全部面积，每张图像 100 个检测）：AP 为 IoU 0.50:0.95 上的均值，与 mrcnn eval --per-class 相同；类别没有真值时显示 —。实例数：不含 crowd 的真值；检测数：在最低置信度下保留的检测。</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ConfigTable</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ConfusionView</name>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>ground truth %1, predicted %2: %3</source>
        <translation>真值 %1，预测 %2：%3</translation>
    </message>
    <message>
        <source>Click a cell to list its detections and ground truth.</source>
        <translation>点击一个单元格，列出其中的检测与真值。</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>detection %1</source>
        <translation>检测 %1</translation>
    </message>
    <message numerus="yes">
        <source>Ground truth %1, predicted %2: %n item(s). Double-click or press Enter to open the image.</source>
        <translation>
            <numerusform>真值 %1，预测 %2：%n 项。双击或按回车打开图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: ground truth; columns: predicted. Masks matched at IoU 0.5 whatever the class, detections at minimum confidence %1.</source>
        <translation>行：真值；列：预测。掩码按 IoU 0.5 匹配（不论类别），检测取最低置信度 %1。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>检测</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::DatasetPanel</name>
    <message>
        <source>Open dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>Dataset annotations (*.json);;All files (*)</source>
        <translation>数据集标注 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <translation>打开数据集文件夹</translation>
    </message>
    <message>
        <source>Generate a shapes dataset</source>
        <translation>生成形状数据集</translation>
    </message>
    <message>
        <source>Images, size and seed, as shapes:COUNT[xSIZE][@SEED] (the original&apos;s synthetic squares, circles and triangles):</source>
        <translation>图像数、尺寸和种子，格式为 shapes:COUNT[xSIZE][@SEED]（原项目合成的正方形、圆形和三角形）：</translation>
    </message>
    <message>
        <source>No dataset open. File ▸ Open dataset… reads COCO, VIA and xBD files, mask folders and generated shapes.</source>
        <translation>尚未打开数据集。“文件 ▸ 打开数据集…”可读取 COCO、VIA 和 xBD 文件、掩码文件夹以及生成的形状数据集。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n image(s)</source>
        <translation>
            <numerusform>%1（%2）：%n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n class(es)</source>
        <translation>
            <numerusform>，%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source> — counting stopped: the counts and the class filter cover the images counted</source>
        <translation> — 统计已停止：计数和类别筛选只覆盖已统计的图像</translation>
    </message>
    <message>
        <source>The dataset has %1 classes with BG, the model %2 (NUM_CLASSES): ground truth is labelled with the dataset&apos;s names, predictions with the model&apos;s, and the class ids of the two do not correspond.</source>
        <translation>数据集含 BG 共有 %1 个类别，模型有 %2 个（NUM_CLASSES）：真值使用数据集的类别名，预测使用模型的类别名，两者的类别编号并不对应。</translation>
    </message>
    <message>
        <source>Class names differ between the dataset and the model (id: dataset / model): %1</source>
        <translation>数据集与模型的类别名不同（编号：数据集 / 模型）：%1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in the dataset</source>
        <translation>
            <numerusform>⚠ 数据集中有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n instance(s))</source>
        <translation>
            <numerusform>%1（%n 个实例）</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>Open dataset f&amp;older…</source>
        <translation>打开数据集文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Generate a shapes dataset…</source>
        <translation>生成形状数据集(&amp;G)…</translation>
    </message>
    <message>
        <source>Recent datasets</source>
        <translation>最近的数据集</translation>
    </message>
    <message>
        <source>Search file names and ids</source>
        <translation>搜索文件名和编号</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All images</source>
        <translation>所有图像</translation>
    </message>
    <message numerus="yes">
        <source>With errors (%n image(s))</source>
        <translation>
            <numerusform>有错误（%n 张图像）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %1 errors (%n image(s))</source>
        <translation>
            <numerusform>有 %1 错误（%n 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>Images by their TIDE errors in the last evaluation (masks, IoU 0.5): Cls wrong class, Loc poor overlap, Both, Dupe duplicate, Bkg background, Miss missed</source>
        <translation>按上次评估中的 TIDE 错误筛选图像（掩码，IoU 0.5）：Cls 类别错误，Loc 重叠不足，Both 两者皆错，Dupe 重复，Bkg 背景，Miss 漏检</translation>
    </message>
    <message>
        <source>There is no evaluation to save: Evaluate the listed images first.</source>
        <translation>没有可保存的评估：请先评估列出的图像。</translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <source>Evaluations (*.json)</source>
        <translation>评估（*.json）</translation>
    </message>
    <message>
        <source>Cannot save the evaluation: %1</source>
        <translation>无法保存评估：%1</translation>
    </message>
    <message>
        <source>Open evaluation</source>
        <translation>打开评估</translation>
    </message>
    <message>
        <source>Evaluations (*.json);;All files (*)</source>
        <translation>评估（*.json）;;所有文件（*）</translation>
    </message>
    <message>
        <source>Cannot open the evaluation %1: %2</source>
        <translation>无法打开评估 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Cannot open the evaluation %1: it names image %2, and %3 has %n image(s)</source>
        <translation>
            <numerusform>无法打开评估 %1：它引用了图像 %2，而 %3 只有 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Open e&amp;valuation…</source>
        <translation>打开评估(&amp;V)…</translation>
    </message>
    <message>
        <source>Shows a saved evaluation without running the model, with its dataset</source>
        <translation>显示已保存的评估及其数据集，无需运行模型</translation>
    </message>
    <message>
        <source>Save evalu&amp;ation…</source>
        <translation>保存评估(&amp;A)…</translation>
    </message>
    <message>
        <source>Saves the evaluation: a manifest with the COCO ground truth and results beside it</source>
        <translation>保存评估：一个清单文件，旁边是 COCO 真值和结果文件</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::DatasetTableModel</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>AP@0.5</source>
        <translation>AP@0.5</translation>
    </message>
    <message>
        <source>No errors (TIDE, masks at IoU 0.5)</source>
        <translation>没有错误（TIDE，掩码，IoU 0.5）</translation>
    </message>
    <message>
        <source>TIDE errors (masks, IoU 0.5): %1</source>
        <translation>TIDE 错误（掩码，IoU 0.5）：%1</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ErrorTypesView</name>
    <message>
        <source>Classification</source>
        <translation>分类错误</translation>
    </message>
    <message>
        <source>Localisation</source>
        <translation>定位错误</translation>
    </message>
    <message>
        <source>Class and location</source>
        <translation>类别与位置均错</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复检测</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景误检</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>Every class</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>TIDE&apos;s AP@.5 = %1 at minimum confidence %2. ΔAP: the AP points gained if every error of that type were fixed.</source>
        <translation>最低置信度 %2 下 TIDE 的 AP@.5 = %1。ΔAP：修正该类型的全部错误后 AP 提高的点数。</translation>
    </message>
    <message>
        <source>All false positives</source>
        <translation>全部误检</translation>
    </message>
    <message>
        <source>All false negatives</source>
        <translation>全部漏检</translation>
    </message>
    <message>
        <source>detection %1</source>
        <translation>检测 %1</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>边界框</translation>
    </message>
    <message>
        <source>Every error type</source>
        <translation>所有错误类型</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>错误类型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>ΔAP</source>
        <translation>ΔAP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Classification: right place, wrong class. Localisation: right class, IoU between 0.1 and 0.5. Class and location: both wrong. Duplicate: a ground truth already matched by a higher score. Background: IoU at most 0.1 with every ground truth. Missed: ground truth no detection found. Click a type to list its errors.</source>
        <translation>分类错误：位置正确，类别错误。定位错误：类别正确，IoU 在 0.1 到 0.5 之间。类别与位置均错：两者都错。重复检测：真值已被更高得分的检测匹配。背景误检：与所有真值的 IoU 都不超过 0.1。漏检：没有检测找到的真值。点击一种类型以列出其错误。</translation>
    </message>
    <message>
        <source>IoU</source>
        <translation>IoU</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::EvaluationBox</name>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>评估已取消。</translation>
    </message>
    <message>
        <source>No image is listed: clear the search or the class filter.</source>
        <translation>列表中没有图像：请清除搜索或类别筛选。</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n image(s)…</source>
        <translation>
            <numerusform>正在评估 %n 张图像…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 images, %3 images/s, about %4 s left</source>
        <translation>正在评估：%1 / %2 张图像，每秒 %3 张，约剩 %4 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s) left out.</source>
        <translation>
            <numerusform>%n 张无法读取的图像未计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluate the listed images</source>
        <translation>评估列出的图像</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The numbers at the new minimum confidence failed: %1</source>
        <translation>按新的最低置信度计算指标失败：%1</translation>
    </message>
    <message>
        <source>%1 images in %2 s (%3 with ground truth), %4 detections at minimum confidence %7. The original&apos;s mean per-image mAP @0.5 = %5, @[.5:.95] = %6.</source>
        <translation>%1 张图像，用时 %2 秒（%3 张有真值），最低置信度 %7 下共 %4 个检测。原版逐图像平均 mAP @0.5 = %5，@[.5:.95] = %6。</translation>
    </message>
    <message>
        <source>Stale: the model or a threshold other than the minimum confidence changed since; Evaluate again.</source>
        <translation>已过期：模型或最低置信度以外的阈值已更改；请重新评估。</translation>
    </message>
    <message>
        <source>Runs the model with the window&apos;s thresholds on every image the list shows and computes the numbers of mrcnn eval. Detections are kept down to confidence 0: the minimum confidence in Thresholds then recomputes every number at once.</source>
        <translation>用窗口中的阈值在列表显示的每张图像上运行模型，并计算 mrcnn eval 的指标。检测一直保留到置信度 0：之后在“阈值”中调整最低置信度会立即重新计算所有指标。</translation>
    </message>
    <message>
        <source>Opened from %1: </source>
        <translation>打开自 %1：</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::EvaluationCompare</name>
    <message>
        <source>Compare with a saved evaluation</source>
        <translation>与已保存的评估比较</translation>
    </message>
    <message>
        <source>Evaluations (*.json)</source>
        <translation>评估（*.json）</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>无法与 %1 比较：%2</translation>
    </message>
    <message>
        <source>This evaluation</source>
        <translation>本次评估</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>Δ (this − compared)</source>
        <translation>Δ（本次 − 比较对象）</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>This AP@0.5</source>
        <translation>本次 AP@0.5</translation>
    </message>
    <message>
        <source>Compared AP@0.5</source>
        <translation>比较对象 AP@0.5</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Compare this evaluation with a saved one (File ▸ Save evaluation…): another model or checkpoint on these images.</source>
        <translation>将本次评估与已保存的评估（文件 ▸ 保存评估…）比较：同一批图像上的另一个模型或检查点。</translation>
    </message>
    <message>
        <source>Original mAP@0.5</source>
        <translation>原版 mAP@0.5</translation>
    </message>
    <message>
        <source>Original mAP@[.5:.95]</source>
        <translation>原版 mAP@[.5:.95]</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>检测数</translation>
    </message>
    <message>
        <source>bbox %1</source>
        <translation>bbox %1</translation>
    </message>
    <message>
        <source>segm %1</source>
        <translation>segm %1</translation>
    </message>
    <message numerus="yes">
        <source>This evaluation against %1, both at minimum confidence %2; %n image(s) with ground truth in both.</source>
        <translation>
            <numerusform>本次评估与 %1 比较，两者的最低置信度均为 %2；两者中都有真值的图像共 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>The image sets differ (%1 only here, %2 only there): the dataset-wide numbers are not over the same images.</source>
        <translation>图像集合不同（%1 张仅在此处，%2 张仅在对方）：数据集范围的数字并非基于相同的图像。</translation>
    </message>
    <message>
        <source>Compare with a saved evaluation…</source>
        <translation>与已保存的评估比较…</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::EvaluationSummary</name>
    <message>
        <source>AP @[.50:.95]</source>
        <translation>AP @[.50:.95]</translation>
    </message>
    <message>
        <source>AP @.50</source>
        <translation>AP @.50</translation>
    </message>
    <message>
        <source>AP @.75</source>
        <translation>AP @.75</translation>
    </message>
    <message>
        <source>AP small</source>
        <translation>AP 小目标</translation>
    </message>
    <message>
        <source>AP medium</source>
        <translation>AP 中目标</translation>
    </message>
    <message>
        <source>AP large</source>
        <translation>AP 大目标</translation>
    </message>
    <message>
        <source>AR max 1</source>
        <translation>AR 最多 1</translation>
    </message>
    <message>
        <source>AR max 10</source>
        <translation>AR 最多 10</translation>
    </message>
    <message>
        <source>AR max 100</source>
        <translation>AR 最多 100</translation>
    </message>
    <message>
        <source>AR small</source>
        <translation>AR 小目标</translation>
    </message>
    <message>
        <source>AR medium</source>
        <translation>AR 中目标</translation>
    </message>
    <message>
        <source>AR large</source>
        <translation>AR 大目标</translation>
    </message>
    <message>
        <source>COCO bbox</source>
        <translation>COCO 边框</translation>
    </message>
    <message>
        <source>COCO segm</source>
        <translation>COCO 分割</translation>
    </message>
    <message>
        <source>At minimum confidence %1: %2 detections. The original&apos;s mean per-image mAP on masks @0.5 = %3, @[.5:.95] = %4 (%5 images with ground truth).</source>
        <translation>最低置信度 %1：%2 个检测。原版基于掩码的逐图像平均 mAP @0.5 = %3，@[.5:.95] = %4（%5 张图像有真值）。</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::EvaluationView</name>
    <message>
        <source>Series</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.svg *.pdf)</source>
        <translation>图像和文档 (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No evaluation yet: open a dataset (File ▸ Open dataset…) and press Evaluate in the Dataset dock.</source>
        <translation>尚无评估：请打开数据集（文件 ▸ 打开数据集…），然后在“数据集”面板中点击评估。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>AP per class</source>
        <translation>逐类 AP</translation>
    </message>
    <message>
        <source>PR curves</source>
        <translation>PR 曲线</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Error types</source>
        <translation>错误类型</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>将表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ExportAllJob</name>
    <message numerus="yes">
        <source>Wrote %n %1 file(s) to %2.</source>
        <translation>
            <numerusform>已将 %n 个 %1 文件写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n figure(s) not exported.</source>
        <translation>
            <numerusform>已取消：%n 个图未导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n figure(s) this run cannot show:</source>
        <translation>
            <numerusform>跳过了本次运行无法显示的 %n 个图：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) failed:</source>
        <translation>
            <numerusform>%n 个图导出失败：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: no run yet.</source>
        <translation>没有可导出的内容：尚未运行。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::LoadReportTable</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Layer / weight</source>
        <translation>层 / 权重</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>shape mismatch</source>
        <translation>形状不匹配</translation>
    </message>
    <message>
        <source>file %1, model %2</source>
        <translation>文件 %1，模型 %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected by the model, absent from the file</source>
        <translation>模型需要，文件中没有</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>多余</translation>
    </message>
    <message>
        <source>in the file, unknown to the model</source>
        <translation>文件中有，模型中没有</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>skipped by the exclude list</source>
        <translation>按排除列表跳过</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>no mask head in the file: a detection-only model</source>
        <translation>文件中没有掩码头：仅检测模型</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Open image…</source>
        <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;annotation…</source>
        <translation>打开标注(&amp;A)…</translation>
    </message>
    <message>
        <source>Open mask &amp;folder…</source>
        <translation>打开掩码文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Recent images</source>
        <translation>最近的图像</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation>下一张图像(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation>上一张图像(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all figures…</source>
        <translation>导出全部图表(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Exporting figures…</source>
        <translation>正在导出图…</translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>正在导出 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <source>About Mask R-CNN Inspector</source>
        <translation>关于 Mask R-CNN Inspector</translation>
    </message>
    <message>
        <source>Mask R-CNN Inspector shows, stage by stage, how a Mask R-CNN model trained with matterport&apos;s Keras implementation reaches its detections.</source>
        <translation>Mask R-CNN Inspector 逐阶段展示使用 matterport 的 Keras 实现训练的 Mask R-CNN 模型是如何得到其检测结果的。</translation>
    </message>
    <message>
        <source>&amp;Compare weights…</source>
        <translation>比较权重(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;training log…</source>
        <translation>打开训练日志(&amp;T)…</translation>
    </message>
    <message>
        <source>Mask R-CNN Inspector</source>
        <translation>Mask R-CNN Inspector</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Lineage of the selected detection</source>
        <translation>所选检测结果的溯源</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Training history</source>
        <translation>训练历史</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>No result for this image: the run was cancelled or failed. File → Run again (F5) runs it.</source>
        <translation>此图像没有结果：运行已取消或失败。“文件 → 重新运行”（F5）会重新运行。</translation>
    </message>
    <message>
        <source>Open a model and an image to inspect.</source>
        <translation>请打开一个模型和一张图像以开始检查。</translation>
    </message>
    <message>
        <source>This figure could not be drawn: %1</source>
        <translation>无法绘制此图表：%1</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1：%2 ms</translation>
    </message>
    <message>
        <source>%1 — %2 — Running…</source>
        <translation>%1 — %2 — 运行中…</translation>
    </message>
    <message>
        <source>%1 — %2 — Running… %3</source>
        <translation>%1 — %2 — 运行中… %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n detection(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n 个检测结果</numerusform>
        </translation>
    </message>
    <message>
        <source> — no ground truth for this image</source>
        <translation> — 此图像没有真值</translation>
    </message>
    <message>
        <source>Click a final detection to see where it came from.</source>
        <translation>点击一个最终检测结果，查看它的来源。</translation>
    </message>
    <message>
        <source>Cannot open the model %1: %2</source>
        <translation>无法打开模型 %1：%2</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Cannot open the image: %1</source>
        <translation>无法打开图像：%1</translation>
    </message>
    <message>
        <source>Open annotation</source>
        <translation>打开标注</translation>
    </message>
    <message>
        <source>Annotations (*.json);;All files (*)</source>
        <translation>标注 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open mask folder</source>
        <translation>打开掩码文件夹</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Nothing to export: no run yet.</source>
        <translation>没有可导出的内容：尚未运行。</translation>
    </message>
    <message>
        <source>Export all figures to</source>
        <translation>将全部图表导出到</translation>
    </message>
    <message>
        <source>Export all figures</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Open a model from a .h5 file first: its weights are compared with the second file.</source>
        <translation>请先从 .h5 文件打开模型：比较的是它的权重与第二个文件。</translation>
    </message>
    <message>
        <source>Compare weights with</source>
        <translation>比较权重的对象</translation>
    </message>
    <message>
        <source>Keras weights (*.h5 *.hdf5);;All files (*)</source>
        <translation>Keras 权重 (*.h5 *.hdf5);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open training log</source>
        <translation>打开训练日志</translation>
    </message>
    <message>
        <source>Training logs and checkpoints (*.csv *.h5);;All files (*)</source>
        <translation>训练日志和检查点 (*.csv *.h5);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ModelDialog</name>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Weights (.h5)</source>
        <translation>权重 (.h5)</translation>
    </message>
    <message>
        <source>Inferred from the weights file</source>
        <translation>从权重文件推断</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>One class name per line, BG first (optional)</source>
        <translation>每行一个类别名，BG 在第一行（可选）</translation>
    </message>
    <message>
        <source>Load from a text file…</source>
        <translation>从文本文件载入…</translation>
    </message>
    <message>
        <source>Class names</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation>打开权重</translation>
    </message>
    <message>
        <source>Five sizes in pixels, e.g. 32, 64, 128, 256, 512</source>
        <translation>五个以像素为单位的尺寸，例如 32, 64, 128, 256, 512</translation>
    </message>
    <message>
        <source>Keras weights (*.h5 *.hdf5);;All files (*)</source>
        <translation>Keras 权重 (*.h5 *.hdf5);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <source>Config (*.json);;All files (*)</source>
        <translation>配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 ⚠ guessed</source>
        <translation>%1 ⚠ 推测值</translation>
    </message>
    <message>
        <source>Guessed: %1 does not store %2 and no config JSON lies beside it; %3 is the base configuration&apos;s value. Check it before loading.</source>
        <translation>推测值：%1 未保存 %2，且旁边没有配置 JSON；%3 是基础配置的值。加载前请检查。</translation>
    </message>
    <message>
        <source>Guessed: the configuration in %1 does not set %2; %3 is the default value. Check it before loading.</source>
        <translation>推测值：%1 中的配置未设置 %2；%3 是默认值。加载前请检查。</translation>
    </message>
    <message>
        <source>Configuration stored in %1.</source>
        <translation>配置保存在 %1 中。</translation>
    </message>
    <message>
        <source>Configuration read from %1 beside the weights.</source>
        <translation>配置读取自权重旁的 %1。</translation>
    </message>
    <message>
        <source>%1 carries no configuration and no config JSON lies beside it: sizes were read from its layers, the fields marked ⚠ were guessed.</source>
        <translation>%1 未携带配置，旁边也没有配置 JSON：尺寸从其各层读取，标有 ⚠ 的字段为推测值。</translation>
    </message>
    <message>
        <source>Also guessed (use a preset or a JSON file to change them): %1</source>
        <translation>其他推测值（使用预设或 JSON 文件修改）：%1</translation>
    </message>
    <message>
        <source>Choose a weights file.</source>
        <translation>请选择一个权重文件。</translation>
    </message>
    <message>
        <source>Some values were guessed (marked ⚠): check them, then press Open again.</source>
        <translation>部分值为推测值（标有 ⚠）：请检查后再次点击“打开”。</translation>
    </message>
    <message>
        <source>RPN_ANCHOR_SCALES: &quot;%1&quot; is not a positive number</source>
        <translation>RPN_ANCHOR_SCALES：“%1”不是正数</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no class name</source>
        <translation>%1 中没有类别名称</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::PrCurvesView</name>
    <message>
        <source>Every class</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>%1: recall %2, precision %3, score %4</source>
        <translation>%1：召回率 %2，精确率 %3，得分 %4</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Precision-recall per class, %1 at IoU %2, minimum confidence %3</source>
        <translation>逐类精确率-召回率，%1，IoU %2，最低置信度 %3</translation>
    </message>
    <message>
        <source>%1 (AP %2)</source>
        <translation>%1（AP %2）</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>边界框</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::Session</name>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <source>Cannot open %1 of the dataset: %2</source>
        <translation>无法打开数据集中的 %1：%2</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ThresholdPanel</name>
    <message>
        <source>Min. confidence</source>
        <translation>最低置信度</translation>
    </message>
    <message>
        <source>DETECTION_MIN_CONFIDENCE: ROIs scoring below are dropped (0 disables the filter)</source>
        <translation>DETECTION_MIN_CONFIDENCE：得分低于此值的 ROI 将被丢弃（设为 0 则关闭此过滤）</translation>
    </message>
    <message>
        <source>Detection NMS</source>
        <translation>检测 NMS</translation>
    </message>
    <message>
        <source>DETECTION_NMS_THRESHOLD: per-class NMS IoU threshold</source>
        <translation>DETECTION_NMS_THRESHOLD：逐类别 NMS 的 IoU 阈值</translation>
    </message>
    <message>
        <source>RPN NMS</source>
        <translation>RPN NMS</translation>
    </message>
    <message>
        <source>RPN_NMS_THRESHOLD: the proposal layer&apos;s NMS IoU</source>
        <translation>RPN_NMS_THRESHOLD：候选框层（proposal layer）NMS 的 IoU 阈值</translation>
    </message>
    <message>
        <source>POST_NMS_ROIS_INFERENCE: proposals kept after the RPN&apos;s NMS</source>
        <translation>POST_NMS_ROIS_INFERENCE：RPN 的 NMS 之后保留的候选框数</translation>
    </message>
    <message>
        <source>Proposals kept</source>
        <translation>保留候选框数</translation>
    </message>
    <message>
        <source>Mask threshold</source>
        <translation>掩码阈值</translation>
    </message>
    <message>
        <source>unmold_mask: mask pixels &gt;= this value are inside</source>
        <translation>unmold_mask：掩码像素值 &gt;= 此值即视为在目标内部</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::TrainingPanel</name>
    <message>
        <source>Open training log…</source>
        <translation>打开训练日志…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Validation (dashed)</source>
        <translation>验证（虚线）</translation>
    </message>
    <message>
        <source>Per epoch</source>
        <translation>每个 epoch</translation>
    </message>
    <message>
        <source>Per step</source>
        <translation>每一步</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>No training log. A model opened from a training folder of `mrcnn train` shows its history here.</source>
        <translation>没有训练日志。从 `mrcnn train` 的训练文件夹打开的模型会在此显示其训练历史。</translation>
    </message>
    <message>
        <source>Training run in %1</source>
        <translation>训练目录 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) logged</source>
        <translation>
            <numerusform>已记录 %n 个 epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) logged</source>
        <translation>
            <numerusform>已记录 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>loaded checkpoint: epoch %1</source>
        <translation>已加载的检查点：第 %1 个 epoch</translation>
    </message>
    <message>
        <source>Training run of the embedded demo model</source>
        <translation>内置演示模型的训练记录</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightDiffPanel</name>
    <message>
        <source>Compare with…</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <source>Open a second .h5 (B) and show ‖a − b‖ / ‖b‖ per tensor</source>
        <translation>打开第二个 .h5 文件（B），显示每个张量的 ‖a − b‖ / ‖b‖</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Relative change</source>
        <translation>相对变化</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open a model from a .h5 file to compare its weights.</source>
        <translation>从 .h5 文件打开模型后即可比较其权重。</translation>
    </message>
    <message>
        <source>No second file yet.</source>
        <translation>尚未选择第二个文件。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已变化</translation>
    </message>
    <message>
        <source>only in A %1</source>
        <translation>仅在 A 中 %1</translation>
    </message>
    <message>
        <source>only in B %1</source>
        <translation>仅在 B 中 %1</translation>
    </message>
    <message>
        <source>shape %1 → %2</source>
        <translation>形状 %1 → %2</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightTableModel</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>Inf</source>
        <translation>Inf</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightsAnalysis</name>
    <message>
        <source>The training log beside %1 cannot be read: %2</source>
        <translation>无法读取 %1 旁边的训练日志：%2</translation>
    </message>
    <message>
        <source>Computing the statistics of %1…</source>
        <translation>正在计算 %1 的统计量…</translation>
    </message>
    <message>
        <source>Open a model from a .h5 file first: there is nothing to compare %1 with.</source>
        <translation>请先从 .h5 文件打开模型：没有可与 %1 比较的权重。</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>正在与 %1 比较…</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>无法与 %1 比较：%2</translation>
    </message>
    <message>
        <source>Cannot open the training log: %1</source>
        <translation>无法打开训练日志：%1</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightsPanel</name>
    <message>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Load report</source>
        <translation>加载报告</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Filter by layer, weight, shape or alert…</source>
        <translation>按层、权重、形状或警告筛选…</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>分箱数</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Counts on a logarithmic axis</source>
        <translation>计数使用对数坐标轴</translation>
    </message>
    <message>
        <source>%1: %2 tensors, %3 parameters, %4 with alerts</source>
        <translation>%1：%2 个张量，%3 个参数，%4 个有警告</translation>
    </message>
    <message>
        <source>No weight file: the model was not opened from a .h5 file.</source>
        <translation>没有权重文件：模型不是从 .h5 文件打开的。</translation>
    </message>
</context>
<context>
    <name>mrcnn::views::FigureView</name>
    <message>
        <source>Boxes</source>
        <translation>边界框</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Contours</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Fit to window (0)</source>
        <translation>适应窗口 (0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>实际大小 (1)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小 (−)</translation>
    </message>
</context>
<context>
    <name>mrcnn::views::SceneCanvas</name>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>  RGB %1 %2 %3</source>
        <translation>  RGB %1 %2 %3</translation>
    </message>
    <message>
        <source>box y1 %1, x1 %2, y2 %3, x2 %4</source>
        <translation>框 y1 %1, x1 %2, y2 %3, x2 %4</translation>
    </message>
</context>
</TS>
