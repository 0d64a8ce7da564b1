<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <location filename="../views/charts/charts.cpp" line="+39"/>
        <source>Precision-Recall Curve. AP@%1 = %2</source>
        <translation>精确率-召回率曲线。AP@%1 = %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <location filename="../views/figure/figure_export_any.cpp" line="+36"/>
        <source>%1 is not available: %2</source>
        <translation>%1 不可用：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown figure kind</source>
        <translation>未知的图表类型</translation>
    </message>
    <message>
        <location filename="../views/export/figure_export.cpp" line="29"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../views/export/figure_export.cpp" line="57"/>
        <source>nothing was written</source>
        <translation>未写入任何内容</translation>
    </message>
    <message>
        <location filename="../views/export/figure_export.cpp" line="53"/>
        <location filename="../views/export/figure_export.cpp" line="67"/>
        <source>the file could not be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../views/export/figure_export.cpp" line="42"/>
        <source>the image could not be saved</source>
        <translation>无法保存图像</translation>
    </message>
    <message>
        <location filename="../views/export/figure_export.cpp" line="76"/>
        <source>unknown format &quot;%1&quot; (use png, jpg, svg or pdf)</source>
        <translation>未知格式“%1”（请使用 png、jpg、svg 或 pdf）</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="+58"/>
        <source>dy</source>
        <translation>dy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dx</source>
        <translation>dx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log(dh)</source>
        <translation>log(dh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>log(dw)</source>
        <translation>log(dw)</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n valid proposal(s)</source>
        <translation>
            <numerusform>%n 个有效候选框</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/figures/figure_catalog.cpp" line="+30"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the random colours and samples; every figure shares it, so a detection keeps its colour</source>
        <translation>随机颜色与随机抽样的种子；所有图共用，因此同一检测在各图中颜色不变</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pyramid level whose anchors are drawn: 0 = P2 (stride 4, the smallest anchors) … 4 = P6</source>
        <translation>绘制其锚框的金字塔层级：0 = P2（步长 4，锚框最小）… 4 = P6</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Anchors drawn</source>
        <translation>绘制锚框数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many anchors to draw, highest objectness first</source>
        <translation>绘制的锚框数量，按目标性得分从高到低</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Boxes drawn</source>
        <translation>绘制框数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many boxes to draw, best first (the notebooks draw 50)</source>
        <translation>绘制的框数量，从最好的开始（原笔记本绘制 50 个）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proposals drawn</source>
        <translation>抽样候选框数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many proposals to draw, picked at random with the seed (the notebook draws 200)</source>
        <translation>绘制的候选框数量，按随机种子随机抽取（原笔记本绘制 200 个）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>IoU threshold</source>
        <translation>IoU 阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The overlap at which a detection matches a ground-truth instance; the ground-truth figures share it</source>
        <translation>检测与真值实例匹配所需的重叠度；各真值对比图共用此值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feature map</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which kept feature map to draw; its shape is [batch, height, width, channels]</source>
        <translation>要绘制的已保留特征图；形状为 [批次, 高, 宽, 通道]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First channel</source>
        <translation>起始通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first channel drawn</source>
        <translation>绘制的第一个通道</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many channels to draw from the first</source>
        <translation>从起始通道开始绘制的通道数量</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All channels</source>
        <translation>全部通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every channel of the feature map, in a grid that scrolls</source>
        <translation>特征图的所有通道，以可滚动的网格显示</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight tensor whose values are counted</source>
        <translation>统计其数值分布的权重张量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bins</source>
        <translation>分箱数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of histogram bins</source>
        <translation>直方图的分箱数量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts on a logarithmic axis</source>
        <translation>计数使用对数坐标轴</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Molded input image</source>
        <translation>规整后的输入图像（molded）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anchors of the centre cell per level</source>
        <translation>各层级中心单元的锚框</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All anchors of one level</source>
        <translation>单个层级的全部锚框</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RPN targets: positive anchors and their refinement</source>
        <translation>RPN 训练目标：正样本锚框及其修正</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top anchors by objectness</source>
        <translation>目标性得分最高的锚框</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre-NMS anchors and their refinement</source>
        <translation>NMS 之前的锚框及其修正</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refined anchors clipped to the image</source>
        <translation>裁剪到图像范围内的修正后锚框</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refined anchors after NMS</source>
        <translation>NMS 之后的修正后锚框</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Final proposals</source>
        <translation>最终候选框</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposal classification</source>
        <translation>候选框分类</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bounding-box refinement</source>
        <translation>边界框修正</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Background and low-confidence filtering</source>
        <translation>背景与低置信度过滤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Per-class non-maximum suppression</source>
        <translation>逐类别非极大值抑制（NMS）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Final detections</source>
        <translation>最终检测结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ground-truth masks</source>
        <translation>真值掩码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted 28×28 masks (soft)</source>
        <translation>预测的 28×28 掩码（软掩码）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicted 28×28 masks (thresholded)</source>
        <translation>预测的 28×28 掩码（阈值化后）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Masks pasted into the image</source>
        <translation>贴回原图的掩码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Predictions</source>
        <translation>预测结果</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ground truth and detections</source>
        <translation>真值与检测结果</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Precision-recall curve</source>
        <translation>精确率-召回率曲线</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overlaps of ground truth and predictions</source>
        <translation>真值与预测结果的重叠</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training targets: ROIs sampled from the proposals</source>
        <translation>训练目标：从候选框中采样的 ROI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training targets: mask targets of the positive ROIs</source>
        <translation>训练目标：正样本 ROI 的掩码目标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RPN deltas: dy</source>
        <translation>RPN 偏移量：dy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RPN deltas: dx</source>
        <translation>RPN 偏移量：dx</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RPN deltas: log(dh)</source>
        <translation>RPN 偏移量：log(dh)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RPN deltas: log(dw)</source>
        <translation>RPN 偏移量：log(dw)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposal corners (y1, x1)</source>
        <translation>候选框角点 (y1, x1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposal corners (y2, x2)</source>
        <translation>候选框角点 (y2, x2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters per stage</source>
        <translation>各阶段的参数量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Histogram of a weight tensor</source>
        <translation>权重张量的直方图</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change by layer against a second weight file</source>
        <translation>与另一个权重文件相比各层的变化</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Losses per epoch</source>
        <translation>每个 epoch 的损失</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Losses per step</source>
        <translation>每一步的损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1. Input</source>
        <translation>1. 输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Anchors</source>
        <translation>2. 锚框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. RPN targets</source>
        <translation>3. RPN 训练目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. RPN predictions</source>
        <translation>4. RPN 预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Proposal classification</source>
        <translation>5. 候选框分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Detection, step by step</source>
        <translation>6. 逐步检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7. Masks</source>
        <translation>7. 掩码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8. Against ground truth</source>
        <translation>8. 与真值对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9. Activations</source>
        <translation>9. 激活值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10. Weights</source>
        <translation>10. 权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11. Training history</source>
        <translation>11. 训练历史</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/detection_figures.cpp" line="+99"/>
        <source>%n valid proposal(s) out of %1</source>
        <translation>
            <numerusform>%n 个有效候选框（共 %1 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n positive ROI(s)</source>
        <translation>
            <numerusform>%n 个正样本 ROI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Drawn: %n random proposal(s); background dotted, the rest solid with class and score</source>
        <translation>
            <numerusform>已绘制：%n 个随机候选框；背景为点线，其余为实线并标注类别和得分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Drawn: %1 of %n positive ROI(s), proposal dotted → refined box solid (class deltas × BBOX_STD_DEV, clipped to the window)</source>
        <translation>
            <numerusform>已绘制：%1 / %n 个正样本 ROI，候选框为虚线 → 修正后的框为实线（类别偏移量 × BBOX_STD_DEV，裁剪到图像窗口 window 内）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Keep %n detection(s):</source>
        <translation>
            <numerusform>保留 %n 个检测结果：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%n detection(s): %1</source>
        <translation>
            <numerusform>%n 个检测结果：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/input_figures.cpp" line="+171"/>
        <source>Drawn: one anchor in %1 (%n box(es))</source>
        <translation>
            <numerusform>已绘制：每 %1 个锚框取 1 个（共 %n 个框）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/mask_figures.cpp" line="+73"/>
        <source>Showing the first %1 of %n mask(s)</source>
        <translation>
            <numerusform>显示 %n 个掩码中的前 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/rpn_figures.cpp" line="+123"/>
        <source>Drawn: %n positive anchor(s) (dotted) with their refinement (solid), %1 of %2 negative anchors (grey)</source>
        <translation>
            <numerusform>已绘制：%n 个正样本锚框（点线）及其修正（实线），%2 个负样本锚框中的 %1 个（灰色）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n valid proposal(s) out of %1 (POST_NMS_ROIS_INFERENCE %2)</source>
        <translation>
            <numerusform>%n 个有效候选框（共 %1 个，POST_NMS_ROIS_INFERENCE %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/training_target_figures.cpp" line="+182"/>
        <source>%1 positive, %n negative ROI(s) of TRAIN_ROIS_PER_IMAGE = %2</source>
        <translation>
            <numerusform>%1 个正样本 ROI、%n 个负样本 ROI（TRAIN_ROIS_PER_IMAGE = %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>From %1 proposals and %n ground-truth instance(s); ROI_POSITIVE_RATIO %2</source>
        <translation>
            <numerusform>来自 %1 个候选框和 %n 个真值实例；ROI_POSITIVE_RATIO %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Showing the first %1 of %n positive ROI(s)</source>
        <translation>
            <numerusform>显示 %n 个正样本 ROI 中的前 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/ground_truth.cpp" line="+86"/>
        <source>  … and %n more</source>
        <translation>
            <numerusform>  …… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/training_figures.cpp" line="+115"/>
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n 个 epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/weight_figures.cpp" line="+40"/>
        <source>%n weight tensor(s)</source>
        <translation>
            <numerusform>%n 个权重张量</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="64"/>
        <source>%1 (crowd)</source>
        <translation>%1（crowd）</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="42"/>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="122"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="36"/>
        <source>%1, channels %2–%3 of %4</source>
        <translation>%1，通道 %2–%3（共 %4 个）</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="160"/>
        <source>AP: %1</source>
        <translation>AP：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="70"/>
        <source>All anchors</source>
        <translation>全部锚框</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="149"/>
        <source>All anchors of level %1 (P%2)</source>
        <translation>层级 %1（P%2）的全部锚框</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="169"/>
        <source>Anchors in level: %1</source>
        <translation>该层级锚框数：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="100"/>
        <source>Anchors per cell: %1</source>
        <translation>每个单元的锚框数：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="134"/>
        <source>At mask IoU &gt;= %1:</source>
        <translation>掩码 IoU &gt;= %1 时：</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="184"/>
        <source>Background ROIs removed: %1</source>
        <translation>移除的背景 ROI：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="197"/>
        <source>Cells: mask IoU; &quot;match&quot; above %1 with the same class, &quot;wrong&quot; with another</source>
        <translation>单元格：掩码 IoU；高于 %1 时，类别相同标为“match”（匹配），类别不同标为“wrong”（错误）</translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="69"/>
        <source>Column %1 (%2) of the raw RPN deltas, before RPN_BBOX_STD_DEV</source>
        <translation>原始 RPN 偏移量的第 %1 列（%2），未乘 RPN_BBOX_STD_DEV</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="81"/>
        <source>Compare the weights with a second file (File ▸ Compare weights…) to see the change by layer.</source>
        <translation>与另一个权重文件比较（文件 ▸ 比较权重…）即可看到各层的变化。</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="90"/>
        <source>Count: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="189"/>
        <source>DETECTION_MIN_CONFIDENCE is 0: no confidence filter (as the original)</source>
        <translation>DETECTION_MIN_CONFIDENCE 为 0：不做置信度过滤（与原实现一致）</translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="159"/>
        <source>Detection-only model: no masks.</source>
        <translation>仅检测模型：没有掩码。</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="174"/>
        <source>Drawn: all %1</source>
        <translation>已绘制：全部 %1 个</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="197"/>
        <source>Drawn: positive ROIs solid in their class colour, the refinement they are trained towards dotted; negative ROIs grey dotted.</source>
        <translation>绘制：正样本 ROI 用其类别颜色的实线，其训练所趋向的修正框用点线；负样本 ROI 用灰色点线。</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="172"/>
        <source>Drawn: the first %1 of the top-%2 anchors (dotted) and their refinement (solid)</source>
        <translation>已绘制：得分前 %2 的锚框中的前 %1 个（虚线）及其修正结果（实线）</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="225"/>
        <source>Each cell: the ROI&apos;s crop of the molded image, stretched like crop_and_resize, beside its %1 x %2 mask target</source>
        <translation>每格：ROI 在规整后（molded）图像中的截取区域（像 crop_and_resize 一样拉伸），旁边是它的 %1 x %2 掩码目标</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="85"/>
        <location filename="../app/figures/training_figures.cpp" line="151"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="125"/>
        <source>Epoch %1: %2</source>
        <translation>第 %1 个 epoch：%2</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="136"/>
        <source>False negatives: %1</source>
        <translation>假阴性（FN）：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="135"/>
        <source>False positives: %1</source>
        <translation>假阳性（FP）：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="166"/>
        <source>From epoch %1: %2</source>
        <translation>自第 %1 个 epoch 起：%2</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="84"/>
        <source>Ground Truth and Detections
 GT=green, pred=red, captions: score/IoU</source>
        <translation>真值与检测结果
 GT=绿色，pred=红色，标签：得分/IoU</translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="68"/>
        <source>Ground truth from %1, labelled with its class names</source>
        <translation>真值来自 %1，使用其自身的类别名称标注</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="256"/>
        <source>Kept after per-class NMS: %1</source>
        <translation>逐类别 NMS 后保留：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="207"/>
        <source>Kept by NMS (IoU &gt; %1 suppresses): %2 of %3</source>
        <translation>NMS 保留（IoU &gt; %1 即被抑制）：%2 / %3</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="163"/>
        <source>Level %1 (P%2), stride %3, feature map %4 x %5</source>
        <translation>层级 %1（P%2），步长 %3，特征图 %4 x %5</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="107"/>
        <source>Level %1. Anchors: %2  Feature map shape: (%3, %4)</source>
        <translation>层级 %1。锚框：%2  特征图形状：(%3, %4)</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="101"/>
        <source>Levels: %1</source>
        <translation>层级数：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="86"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="80"/>
        <source>Model and annotation disagree on class names: predictions are labelled with the model&apos;s names, ground truth with the annotation&apos;s.</source>
        <translation>模型与标注的类别名称不一致：预测使用模型的名称，真值使用标注的名称。</translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="60"/>
        <source>Model and annotation disagree on classes: the model has %1 classes and the annotation %2 (both with BG), so a class id need not mean the same class in predictions and ground truth.</source>
        <translation>模型与标注的类别不一致：模型有 %1 个类别，标注有 %2 个（均含背景），因此同一类别编号在预测和真值中未必指同一类别。</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="60"/>
        <source>Molded shape: %1 x %2 (%3 mode)</source>
        <translation>规整后尺寸：%1 x %2（%3 模式）</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="205"/>
        <source>NMS pick #%1 = pre-NMS anchor %2</source>
        <translation>NMS 选中 #%1 = NMS 前锚框 %2</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="74"/>
        <source>NaN and infinite values are left out of the histogram.</source>
        <translation>NaN 和无穷大的值未计入直方图。</translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="29"/>
        <source>No detections.</source>
        <translation>没有检测结果。</translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="47"/>
        <source>No ground truth for this image: %1</source>
        <translation>此图像没有真值：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="42"/>
        <source>No ground truth for this image: open a dataset image or load an annotation to compare.</source>
        <translation>此图像没有真值：请打开数据集中的图像或加载标注以进行对比。</translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="51"/>
        <source>No ground truth for this image: open a dataset image or load an annotation.</source>
        <translation>此图像没有真值：请打开数据集中的图像或加载标注。</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="212"/>
        <source>No positive ROIs: no proposal overlaps a ground-truth box with IoU &gt;= 0.5, so there are no mask targets.</source>
        <translation>没有正样本 ROI：没有候选框与真值框的 IoU &gt;= 0.5，因此没有掩码目标。</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="195"/>
        <source>No predictions: the grid has no rows.</source>
        <translation>没有预测结果：网格中没有行。</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="75"/>
        <source>No training log: open a training folder, its training_log.csv or a checkpoint in it (File ▸ Open training log…).</source>
        <translation>没有训练日志：请打开训练文件夹、其中的 training_log.csv 或其中的检查点（文件 ▸ 打开训练日志…）。</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="18"/>
        <source>No weight file: the model was not opened from a .h5 file.</source>
        <translation>没有权重文件：模型不是从 .h5 文件打开的。</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="59"/>
        <source>Original shape: %1 x %2</source>
        <translation>原始尺寸：%1 x %2</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="70"/>
        <source>Padding: top %1, bottom %2, left %3, right %4</source>
        <translation>填充：上 %1，下 %2，左 %3，右 %4</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="32"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="31"/>
        <source>Parameters per stage (%1 in all)</source>
        <translation>各阶段的参数量（共 %1）</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="188"/>
        <location filename="../app/figures/training_target_figures.cpp" line="224"/>
        <source>Positive ROIs per class: %1</source>
        <translation>各类别的正样本 ROI：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="72"/>
        <source>Post-NMS proposals</source>
        <translation>NMS 之后的候选框</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="151"/>
        <source>Precision-Recall Curve. AP@%1 = %2</source>
        <translation>精确率-召回率曲线。AP@%1 = %2</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="232"/>
        <source>RPN recall at IoU 0.7 against the ground truth:</source>
        <translation>IoU 0.7 下 RPN 相对真值的召回率：</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="82"/>
        <source>RPN targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translation>RPN 训练目标需要真值：请打开数据集中的图像，或为此图像加载标注。</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="95"/>
        <source>Ratios: %1</source>
        <translation>宽高比：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="71"/>
        <source>Refined anchors</source>
        <translation>修正后的锚框</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="92"/>
        <source>Relative change</source>
        <translation>相对变化</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="90"/>
        <source>Relative change ‖a − b‖ / ‖b‖ by layer</source>
        <translation>各层的相对变化 ‖a − b‖ / ‖b‖</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="186"/>
        <source>Remove boxes below %1 confidence: %2 removed</source>
        <translation>移除置信度低于 %1 的框：已移除 %2 个</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="194"/>
        <source>Removed:</source>
        <translation>已移除：</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="193"/>
        <source>Rows: predictions by descending score; columns: ground truth</source>
        <translation>行：按得分降序排列的预测结果；列：真值</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="69"/>
        <source>Scale: %1</source>
        <translation>缩放比例：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="90"/>
        <source>Scales: %1</source>
        <translation>尺度：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="103"/>
        <source>Sigmoid outputs of the detection&apos;s class channel</source>
        <translation>该检测结果所属类别通道的 Sigmoid 输出</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="91"/>
        <source>Tensors in network order, by stage</source>
        <translation>按网络顺序排列的张量（按阶段分组）</translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="45"/>
        <source>The annotation&apos;s masks are %1×%2 pixels but the image is %3×%4: the masks are shown alone.</source>
        <translation>标注的掩码为 %1×%2 像素，而图像为 %3×%4：仅单独显示掩码。</translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="45"/>
        <source>The ground truth of this image has no instances: nothing to draw or compare.</source>
        <translation>此图像的真值没有任何实例：没有可绘制或比较的内容。</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="46"/>
        <source>The ground truth of this image has only crowd regions, which the original&apos;s per-image metrics leave out: nothing to compare.</source>
        <translation>此图像的真值只有人群（crowd）区域，而原版的逐图像指标会将其排除：没有可比较的内容。</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="51"/>
        <source>The image area inside the padding</source>
        <translation>填充区域以内的图像区域</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="50"/>
        <source>The original&apos;s metrics compare masks, and this model has no mask head.</source>
        <translation>原实现的评估指标比较的是掩码，而此模型没有掩码分支。</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="199"/>
        <source>The sample comes from a generator seeded with %1; TensorFlow&apos;s random_shuffle cannot be reproduced, so the original would pick others.</source>
        <translation>采样来自种子为 %1 的随机数生成器；TensorFlow 的 random_shuffle 无法复现，因此原版会选出别的 ROI。</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="20"/>
        <source>The statistics of %1 are not ready yet.</source>
        <translation>%1 的统计量尚未计算完成。</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="78"/>
        <source>The training folder has no training_log.csv.</source>
        <translation>训练文件夹中没有 training_log.csv。</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="77"/>
        <source>The training folder has no training_steps.csv.</source>
        <translation>训练文件夹中没有 training_steps.csv。</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="147"/>
        <source>The training log has no lr column.</source>
        <translation>训练日志中没有 lr 列。</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="59"/>
        <source>The weight file has no tensor named %1.</source>
        <translation>权重文件中没有名为 %1 的张量。</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="58"/>
        <source>The weight file holds no tensor.</source>
        <translation>权重文件中没有任何张量。</translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="27"/>
        <source>This model has no mask head (its weights have no mrcnn_mask layers), so it predicts boxes only.</source>
        <translation>此模型没有掩码分支（其权重中没有 mrcnn_mask 层），因此只预测边界框。</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="82"/>
        <location filename="../app/figures/input_figures.cpp" line="137"/>
        <source>This run kept no anchors.</source>
        <translation>本次运行未保留锚框。</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="119"/>
        <location filename="../app/figures/detection_figures.cpp" line="151"/>
        <location filename="../app/figures/detection_figures.cpp" line="202"/>
        <source>This run kept no detection trace.</source>
        <translation>本次运行未保留检测过程记录。</translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="24"/>
        <source>This run kept no feature maps: run again with feature maps kept (they are large, so they are off by default).</source>
        <translation>本次运行未保留特征图：请开启“保留特征图”后重新运行（特征图较大，因此默认关闭）。</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="127"/>
        <source>This run kept no proposals.</source>
        <translation>本次运行未保留候选框。</translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="102"/>
        <source>Thresholded at &gt;= %1</source>
        <translation>以 &gt;= %1 进行阈值化</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="142"/>
        <source>Top %1 anchors by objectness</source>
        <translation>目标性得分前 %1 的锚框</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="32"/>
        <source>Training targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translation>训练目标需要真值：请打开数据集中的图像，或为此图像加载标注。</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="134"/>
        <source>True positives: %1</source>
        <translation>真阳性（TP）：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="120"/>
        <source>Unchanged tensors are drawn at %1, a decade under the smallest change.</source>
        <translation>未变化的张量画在 %1 处，即最小变化之下一个数量级。</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="64"/>
        <source>Window (y1, x1, y2, x2): %1, %2, %3, %4</source>
        <translation>图像窗口 window (y1, x1, y2, x2)：%1, %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="150"/>
        <source>anchor #%1, objectness %2</source>
        <translation>锚框 #%1，目标性得分 %2</translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="43"/>
        <source>channel %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="74"/>
        <source>class %1 is &quot;%2&quot; in the model and &quot;%3&quot; in the annotation</source>
        <translation>类别 %1 在模型中为“%2”，在标注中为“%3”</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="244"/>
        <source>cut by DETECTION_MAX_INSTANCES</source>
        <translation>因 DETECTION_MAX_INSTANCES 被截断</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="123"/>
        <source>false positive</source>
        <translation>假阳性</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="93"/>
        <source>ground truth #%1 %2 — %3</source>
        <translation>真值 #%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="225"/>
        <source>kept by NMS as #%1 of class %2</source>
        <translation>被 NMS 保留，为类别 %2 中的 #%1</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="124"/>
        <source>level %1, ratio %2, anchor #%3</source>
        <translation>层级 %1，宽高比 %2，锚框 #%3</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="69"/>
        <source>loaded checkpoint (epoch %1)</source>
        <translation>已加载的检查点（第 %1 个 epoch）</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="96"/>
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="96"/>
        <source>missed (FN)</source>
        <translation>漏检（FN）</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="150"/>
        <source>negative ROI (row %1 of the targets)</source>
        <translation>负样本 ROI（训练目标第 %1 行）</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="111"/>
        <source>negative anchor #%1</source>
        <translation>负样本锚框 #%1</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="121"/>
        <source>neutral anchors: %1</source>
        <translation>中性锚框：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="81"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="166"/>
        <source>positive ROI (row %1 of the targets)</source>
        <translation>正样本 ROI（训练目标第 %1 行）</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="160"/>
        <source>precisions: %1</source>
        <translation>精确率：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="91"/>
        <source>proposal #%1: %2</source>
        <translation>候选框 #%1：%2</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="161"/>
        <source>recalls: %1</source>
        <translation>召回率：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="176"/>
        <source>refinement target of ROI %1</source>
        <translation>ROI %1 的修正目标</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="102"/>
        <source>relative change</source>
        <translation>相对变化</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="175"/>
        <source>removed: score %1 &lt; DETECTION_MIN_CONFIDENCE %2</source>
        <translation>已移除：得分 %1 &lt; DETECTION_MIN_CONFIDENCE %2</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="241"/>
        <source>suppressed by proposal #%1 (IoU &gt; %2)</source>
        <translation>被候选框 #%1 抑制（IoU &gt; %2）</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="123"/>
        <source>true positive</source>
        <translation>真阳性</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="49"/>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="83"/>
        <source>x1 (normalised)</source>
        <translation>x1（归一化）</translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="83"/>
        <source>x2 (normalised)</source>
        <translation>x2（归一化）</translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="84"/>
        <source>y1 (normalised)</source>
        <translation>y1（归一化）</translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="84"/>
        <source>y2 (normalised)</source>
        <translation>y2（归一化）</translation>
    </message>
</context>
<context>
    <name>GroundTruthLoader</name>
    <message>
        <location filename="../app/gui/ground_truth_loader.cpp" line="25"/>
        <source>%1 has no entry for %2 (%3 images in the file)</source>
        <translation>%1 中没有 %2 的条目（文件中共 %3 张图像）</translation>
    </message>
    <message>
        <location filename="../app/gui/ground_truth_loader.cpp" line="32"/>
        <source>Cannot read the annotation %1: %2</source>
        <translation>无法读取标注 %1：%2</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <location filename="../app/figures/lineage.cpp" line="23"/>
        <source>%1 (class %2)</source>
        <translation>%1（类别 %2）</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="36"/>
        <source>Anchor #%1 %2, objectness %3</source>
        <translation>锚框 #%1 %2，目标性得分 %3</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="48"/>
        <source>Classified as %1 with probability %2 (background %3)</source>
        <translation>分类为 %1，概率 %2（背景 %3）</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="64"/>
        <source>Final detection #%1, score %2</source>
        <translation>最终检测结果 #%1，得分 %2</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="59"/>
        <source>Kept by the NMS of %1 as its #%2; suppressed %3</source>
        <translation>在 %1 的 NMS 中保留为第 %2 个；抑制了 %3</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="47"/>
        <source>Kept by the RPN&apos;s NMS as proposal #%1 %2</source>
        <translation>被 RPN 的 NMS 保留为候选框 #%1 %2</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="54"/>
        <source>Passed the background and confidence filters</source>
        <translation>通过了背景过滤和置信度过滤</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="41"/>
        <source>Pre-NMS rank %1 of %2; refined to %3, clipped to %4</source>
        <translation>NMS 前排名第 %1（共 %2 个）；修正为 %3，裁剪为 %4</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="53"/>
        <source>Refined by the class-specific deltas to %1</source>
        <translation>经类别专属偏移量修正为 %1</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="24"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="62"/>
        <source>no box</source>
        <translation>无框</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="62"/>
        <source>proposals %1</source>
        <translation>候选框 %1</translation>
    </message>
</context>
<context>
    <name>OverlapGrid</name>
    <message>
        <location filename="../views/render/overlap_grid.cpp" line="+41"/>
        <source>No predictions or no ground truth</source>
        <translation>没有预测结果或没有真值</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ground Truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Predictions</source>
        <translation>预测结果</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/demo_model.cpp" line="+36"/>
        <source>demo shapes model (untrained, random weights)</source>
        <translation>演示 shapes 模型（未训练，随机权重）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>demo shapes model</source>
        <translation>演示 shapes 模型</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The demo&apos;s ground truth is missing from this build.</source>
        <translation>此版本中缺少演示图像的真值标注。</translation>
    </message>
    <message>
        <location filename="../app/gui/model_dialog.cpp" line="+53"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="85"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="56"/>
        <source>Cannot show the figure %1</source>
        <translation>无法显示图 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="71"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="88"/>
        <source>The run did not finish; no screenshots taken.</source>
        <translation>运行未完成；未截取任何屏幕截图。</translation>
    </message>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="63"/>
        <source>The window did not show %1</source>
        <translation>窗口未显示 %1</translation>
    </message>
</context>
<context>
    <name>WeightText</name>
    <message>
        <location filename="../app/figures/weight_text.cpp" line="+47"/>
        <source>dead</source>
        <translation>死值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exploding</source>
        <translation>爆炸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inf</source>
        <translation>Inf</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 %2: %n value(s), min %3, max %4, mean %5, std %6, NaN %7, Inf %8</source>
        <translation>
            <numerusform>%1 %2：%n 个值，最小 %3，最大 %4，均值 %5，标准差 %6，NaN %7，Inf %8</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alerts: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 and %2 share no weight tensor: they are not two versions of one model, so there is no change to show.</source>
        <translation>%1 与 %2 没有共同的权重张量：它们不是同一模型的两个版本，因此没有可显示的变化。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1 (the reference)</source>
        <translation>B：%1（参照）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n common tensor(s) changed</source>
        <translation>
            <numerusform>%n 个共同张量中有 %1 个发生变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n tensor(s) only in A</source>
        <translation>
            <numerusform>%n 个张量仅在 A 中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tensor(s) only in B</source>
        <translation>
            <numerusform>%n 个张量仅在 B 中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tensor(s) changed shape</source>
        <translation>
            <numerusform>%n 个张量的形状发生变化</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main_gui.cpp" line="+33"/>
        <source>Mask R-CNN Inspector</source>
        <translation>Mask R-CNN Inspector</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keras .h5 weights</source>
        <translation>Keras .h5 权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config preset or JSON file</source>
        <translation>配置预设或 JSON 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a screenshot of each stage and quit</source>
        <translation>为每个阶段保存一张屏幕截图后退出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image to inspect, or Keras .h5 weights to open</source>
        <translation>要检查的图像，或要打开的 Keras .h5 权重</translation>
    </message>
    <message>
        <location filename="../app/gui/demo_model.cpp" line="+8"/>
        <source>demo image</source>
        <translation>演示图像</translation>
    </message>
</context>
<context>
    <name>mrcnn::figures</name>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="+42"/>
        <source>No ground truth for this image: open a dataset image or load an annotation to compare.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>此图像没有真值：请打开数据集中的图像或加载标注以进行对比。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ground truth of this image has only crowd regions, which the original&apos;s per-image metrics leave out: nothing to compare.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>此图像的真值只有人群（crowd）区域，而原版的逐图像指标会将其排除：没有可比较的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The original&apos;s metrics compare masks, and this model has no mask head.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>原实现的评估指标比较的是掩码，而此模型没有掩码分支。</translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="+23"/>
        <source>%1 (class %2)</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>%1（类别 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class %1</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anchor #%1 %2, objectness %3</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>锚框 #%1 %2，目标性得分 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre-NMS rank %1 of %2; refined to %3, clipped to %4</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>NMS 前排名第 %1（共 %2 个）；修正为 %3，裁剪为 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept by the RPN&apos;s NMS as proposal #%1 %2</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>被 RPN 的 NMS 保留为候选框 #%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified as %1 with probability %2 (background %3)</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>分类为 %1，概率 %2（背景 %3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept by the NMS of %1 as its #%2; suppressed %3</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>在 %1 的 NMS 中保留为第 %2 个；抑制了 %3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Refined by the class-specific deltas to %1</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>经类别专属偏移量修正为 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed the background and confidence filters</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>通过了背景过滤和置信度过滤</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no box</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>无框</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proposals %1</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>候选框 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final detection #%1, score %2</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation>最终检测结果 #%1，得分 %2</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="-155"/>
        <source>All anchors</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>全部锚框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refined anchors</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>修正后的锚框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-NMS proposals</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>NMS 之后的候选框</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="-198"/>
        <source>Training targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>训练目标需要真值：请打开数据集中的图像，或为此图像加载标注。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>无</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This run kept no proposals.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>本次运行未保留候选框。</translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="-41"/>
        <source>The ground truth of this image has no instances: nothing to draw or compare.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>此图像的真值没有任何实例：没有可绘制或比较的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ground truth for this image: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>此图像没有真值：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ground truth for this image: open a dataset image or load an annotation.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>此图像没有真值：请打开数据集中的图像或加载标注。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model and annotation disagree on classes: the model has %1 classes and the annotation %2 (both with BG), so a class id need not mean the same class in predictions and ground truth.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>模型与标注的类别不一致：模型有 %1 个类别，标注有 %2 个（均含背景），因此同一类别编号在预测和真值中未必指同一类别。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>class %1 is &quot;%2&quot; in the model and &quot;%3&quot; in the annotation</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>类别 %1 在模型中为“%2”，在标注中为“%3”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model and annotation disagree on class names: predictions are labelled with the model&apos;s names, ground truth with the annotation&apos;s.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>模型与标注的类别名称不一致：预测使用模型的名称，真值使用标注的名称。</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="-66"/>
        <source>loaded checkpoint (epoch %1)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>已加载的检查点（第 %1 个 epoch）</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui</name>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="+85"/>
        <source>Cannot create the folder %1</source>
        <translatorcomment>Shadow copy of context ScreenshotTour: lupdate files this string here, but it is looked up in ScreenshotTour. add_missing_messages.py keeps both in sync; edit the one in ScreenshotTour.</translatorcomment>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run did not finish; no screenshots taken.</source>
        <translatorcomment>Shadow copy of context ScreenshotTour: lupdate files this string here, but it is looked up in ScreenshotTour. add_missing_messages.py keeps both in sync; edit the one in ScreenshotTour.</translatorcomment>
        <translation>运行未完成；未截取任何屏幕截图。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cannot show the figure %1</source>
        <translatorcomment>Shadow copy of context ScreenshotTour: lupdate files this string here, but it is looked up in ScreenshotTour. add_missing_messages.py keeps both in sync; edit the one in ScreenshotTour.</translatorcomment>
        <translation>无法显示图 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The window did not show %1</source>
        <translatorcomment>Shadow copy of context ScreenshotTour: lupdate files this string here, but it is looked up in ScreenshotTour. add_missing_messages.py keeps both in sync; edit the one in ScreenshotTour.</translatorcomment>
        <translation>窗口未显示 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1</source>
        <translatorcomment>Shadow copy of context ScreenshotTour: lupdate files this string here, but it is looked up in ScreenshotTour. add_missing_messages.py keeps both in sync; edit the one in ScreenshotTour.</translatorcomment>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ground_truth_loader.cpp" line="+25"/>
        <source>%1 has no entry for %2 (%3 images in the file)</source>
        <translatorcomment>Shadow copy of context GroundTruthLoader: lupdate files this string here, but it is looked up in GroundTruthLoader. add_missing_messages.py keeps both in sync; edit the one in GroundTruthLoader.</translatorcomment>
        <translation>%1 中没有 %2 的条目（文件中共 %3 张图像）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the annotation %1: %2</source>
        <translatorcomment>Shadow copy of context GroundTruthLoader: lupdate files this string here, but it is looked up in GroundTruthLoader. add_missing_messages.py keeps both in sync; edit the one in GroundTruthLoader.</translatorcomment>
        <translation>无法读取标注 %1：%2</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ExportAllJob</name>
    <message numerus="yes">
        <location filename="../app/gui/export_all.cpp" line="+29"/>
        <source>Wrote %n %1 file(s) to %2.</source>
        <translation>
            <numerusform>已将 %n 个 %1 文件写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancelled: %n figure(s) not exported.</source>
        <translation>
            <numerusform>已取消：%n 个图未导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Skipped %n figure(s) this run cannot show:</source>
        <translation>
            <numerusform>跳过了本次运行无法显示的 %n 个图：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n figure(s) failed:</source>
        <translation>
            <numerusform>%n 个图导出失败：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to export: no run yet.</source>
        <translation>没有可导出的内容：尚未运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::LoadReportTable</name>
    <message>
        <location filename="../app/gui/load_report_table.cpp" line="+55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer / weight</source>
        <translation>层 / 权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shape mismatch</source>
        <translation>形状不匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file %1, model %2</source>
        <translation>文件 %1，模型 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected by the model, absent from the file</source>
        <translation>模型需要，文件中没有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected</source>
        <translation>多余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the file, unknown to the model</source>
        <translation>文件中有，模型中没有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped by the exclude list</source>
        <translation>按排除列表跳过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no mask head in the file: a detection-only model</source>
        <translation>文件中没有掩码头：仅检测模型</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+242"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open image…</source>
        <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;annotation…</source>
        <translation>打开标注(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open mask &amp;folder…</source>
        <translation>打开掩码文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent images</source>
        <translation>最近的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation>重新运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next image</source>
        <translation>下一张图像(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous image</source>
        <translation>上一张图像(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export figure…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;all figures…</source>
        <translation>导出全部图表(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Timings</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>Exporting figures…</source>
        <translation>正在导出图…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>正在导出 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>About Mask R-CNN Inspector</source>
        <translation>关于 Mask R-CNN Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask R-CNN Inspector shows, stage by stage, how a Mask R-CNN model trained with matterport&apos;s Keras implementation reaches its detections.</source>
        <translation>Mask R-CNN Inspector 逐阶段展示使用 matterport 的 Keras 实现训练的 Mask R-CNN 模型是如何得到其检测结果的。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Compare weights…</source>
        <translation>比较权重(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;training log…</source>
        <translation>打开训练日志(&amp;T)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+494"/>
        <source>Mask R-CNN Inspector</source>
        <translation>Mask R-CNN Inspector</translation>
    </message>
    <message>
        <location line="-490"/>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lineage of the selected detection</source>
        <translation>所选检测结果的溯源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training history</source>
        <translation>训练历史</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+327"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No result for this image: the run was cancelled or failed. File → Run again (F5) runs it.</source>
        <translation>此图像没有结果：运行已取消或失败。“文件 → 重新运行”（F5）会重新运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a model and an image to inspect.</source>
        <translation>请打开一个模型和一张图像以开始检查。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This figure could not be drawn: %1</source>
        <translation>无法绘制此图表：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 ms</source>
        <translation>%1：%2 ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2 — Running…</source>
        <translation>%1 — %2 — 运行中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 — Running… %3</source>
        <translation>%1 — %2 — 运行中… %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — %2 — %n detection(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n 个检测结果</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — no ground truth for this image</source>
        <translation> — 此图像没有真值</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Click a final detection to see where it came from.</source>
        <translation>点击一个最终检测结果，查看它的来源。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open the model %1: %2</source>
        <translation>无法打开模型 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the image: %1</source>
        <translation>无法打开图像：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open annotation</source>
        <translation>打开标注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations (*.json);;All files (*)</source>
        <translation>标注 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open mask folder</source>
        <translation>打开掩码文件夹</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to export: no run yet.</source>
        <translation>没有可导出的内容：尚未运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all figures to</source>
        <translation>将全部图表导出到</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+34"/>
        <source>Export all figures</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open a model from a .h5 file first: its weights are compared with the second file.</source>
        <translation>请先从 .h5 文件打开模型：比较的是它的权重与第二个文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare weights with</source>
        <translation>比较权重的对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keras weights (*.h5 *.hdf5);;All files (*)</source>
        <translation>Keras 权重 (*.h5 *.hdf5);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open training log</source>
        <translation>打开训练日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training logs and checkpoints (*.csv *.h5);;All files (*)</source>
        <translation>训练日志和检查点 (*.csv *.h5);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not an image: a .json file dropped on the window is read as the ground truth of the open image. Open an image first.</source>
        <translation>%1 不是图像：拖放到窗口上的 .json 文件会作为已打开图像的真值读取。请先打开一张图像。</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ModelDialog</name>
    <message>
        <location filename="../app/gui/model_dialog.cpp" line="+18"/>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights (.h5)</source>
        <translation>权重 (.h5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inferred from the weights file</source>
        <translation>从权重文件推断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON file</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>One class name per line, BG first (optional)</source>
        <translation>每行一个类别名，BG 在第一行（可选）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load from a text file…</source>
        <translation>从文本文件载入…</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Class names</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Open weights</source>
        <translation>打开权重</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Five sizes in pixels, e.g. 32, 64, 128, 256, 512</source>
        <translation>五个以像素为单位的尺寸，例如 32, 64, 128, 256, 512</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Keras weights (*.h5 *.hdf5);;All files (*)</source>
        <translation>Keras 权重 (*.h5 *.hdf5);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open config</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config (*.json);;All files (*)</source>
        <translation>配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 ⚠ guessed</source>
        <translation>%1 ⚠ 推测值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guessed: %1 does not store %2 and no config JSON lies beside it; %3 is the base configuration&apos;s value. Check it before loading.</source>
        <translation>推测值：%1 未保存 %2，且旁边没有配置 JSON；%3 是基础配置的值。加载前请检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guessed: the configuration in %1 does not set %2; %3 is the default value. Check it before loading.</source>
        <translation>推测值：%1 中的配置未设置 %2；%3 是默认值。加载前请检查。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Configuration stored in %1.</source>
        <translation>配置保存在 %1 中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configuration read from %1 beside the weights.</source>
        <translation>配置读取自权重旁的 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 carries no configuration and no config JSON lies beside it: sizes were read from its layers, the fields marked ⚠ were guessed.</source>
        <translation>%1 未携带配置，旁边也没有配置 JSON：尺寸从其各层读取，标有 ⚠ 的字段为推测值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also guessed (use a preset or a JSON file to change them): %1</source>
        <translation>其他推测值（使用预设或 JSON 文件修改）：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a weights file.</source>
        <translation>请选择一个权重文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some values were guessed (marked ⚠): check them, then press Open again.</source>
        <translation>部分值为推测值（标有 ⚠）：请检查后再次点击“打开”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>RPN_ANCHOR_SCALES: &quot;%1&quot; is not a positive number</source>
        <translation>RPN_ANCHOR_SCALES：“%1”不是正数</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds no class name</source>
        <translation>%1 中没有类别名称</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::Session</name>
    <message>
        <location filename="../app/gui/session.cpp" line="+223"/>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ThresholdPanel</name>
    <message>
        <location filename="../app/gui/threshold_panel.cpp" line="+43"/>
        <source>Min. confidence</source>
        <translation>最低置信度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DETECTION_MIN_CONFIDENCE: ROIs scoring below are dropped (0 disables the filter)</source>
        <translation>DETECTION_MIN_CONFIDENCE：得分低于此值的 ROI 将被丢弃（设为 0 则关闭此过滤）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection NMS</source>
        <translation>检测 NMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETECTION_NMS_THRESHOLD: per-class NMS IoU threshold</source>
        <translation>DETECTION_NMS_THRESHOLD：逐类别 NMS 的 IoU 阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPN NMS</source>
        <translation>RPN NMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RPN_NMS_THRESHOLD: the proposal layer&apos;s NMS IoU</source>
        <translation>RPN_NMS_THRESHOLD：候选框层（proposal layer）NMS 的 IoU 阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POST_NMS_ROIS_INFERENCE: proposals kept after the RPN&apos;s NMS</source>
        <translation>POST_NMS_ROIS_INFERENCE：RPN 的 NMS 之后保留的候选框数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposals kept</source>
        <translation>保留候选框数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask threshold</source>
        <translation>掩码阈值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unmold_mask: mask pixels &gt;= this value are inside</source>
        <translation>unmold_mask：掩码像素值 &gt;= 此值即视为在目标内部</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::TrainingPanel</name>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="+75"/>
        <source>Open training log…</source>
        <translation>打开训练日志…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation (dashed)</source>
        <translation>验证（虚线）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per epoch</source>
        <translation>每个 epoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per step</source>
        <translation>每一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No training log. A model opened from a training folder of `mrcnn train` shows its history here.</source>
        <translation>没有训练日志。从 `mrcnn train` 的训练文件夹打开的模型会在此显示其训练历史。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training run in %1</source>
        <translation>训练目录 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n epoch(s) logged</source>
        <translation>
            <numerusform>已记录 %n 个 epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n step(s) logged</source>
        <translation>
            <numerusform>已记录 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loaded checkpoint: epoch %1</source>
        <translation>已加载的检查点：第 %1 个 epoch</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightDiffPanel</name>
    <message>
        <location filename="../app/gui/weight_diff_panel.cpp" line="+76"/>
        <source>Compare with…</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a second .h5 (B) and show ‖a − b‖ / ‖b‖ per tensor</source>
        <translation>打开第二个 .h5 文件（B），显示每个张量的 ‖a − b‖ / ‖b‖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative change</source>
        <translation>相对变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a model from a .h5 file to compare its weights.</source>
        <translation>从 .h5 文件打开模型后即可比较其权重。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No second file yet.</source>
        <translation>尚未选择第二个文件。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>已变化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only in A %1</source>
        <translation>仅在 A 中 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only in B %1</source>
        <translation>仅在 B 中 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shape %1 → %2</source>
        <translation>形状 %1 → %2</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightTableModel</name>
    <message>
        <location filename="../app/gui/weight_table_model.cpp" line="+104"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inf</source>
        <translation>Inf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightsAnalysis</name>
    <message>
        <location filename="../app/gui/weights_analysis.cpp" line="+74"/>
        <source>The training log beside %1 cannot be read: %2</source>
        <translation>无法读取 %1 旁边的训练日志：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing the statistics of %1…</source>
        <translation>正在计算 %1 的统计量…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model from a .h5 file first: there is nothing to compare %1 with.</source>
        <translation>请先从 .h5 文件打开模型：没有可与 %1 比较的权重。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Comparing with %1…</source>
        <translation>正在与 %1 比较…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot compare with %1: %2</source>
        <translation>无法与 %1 比较：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the training log: %1</source>
        <translation>无法打开训练日志：%1</translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightsPanel</name>
    <message>
        <location filename="../app/gui/weights_panel.cpp" line="+150"/>
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load report</source>
        <translation>加载报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by layer, weight, shape or alert…</source>
        <translation>按层、权重、形状或警告筛选…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bins</source>
        <translation>分箱数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts on a logarithmic axis</source>
        <translation>计数使用对数坐标轴</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 tensors, %3 parameters, %4 with alerts</source>
        <translation>%1：%2 个张量，%3 个参数，%4 个有警告</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No weight file: the model was not opened from a .h5 file.</source>
        <translation>没有权重文件：模型不是从 .h5 文件打开的。</translation>
    </message>
</context>
<context>
    <name>mrcnn::render</name>
    <message>
        <location filename="../views/export/figure_export.cpp" line="+29"/>
        <source>Cannot write %1: %2</source>
        <translatorcomment>Shadow copy of context FigureExport: lupdate files this string here, but it is looked up in FigureExport. add_missing_messages.py keeps both in sync; edit the one in FigureExport.</translatorcomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the image could not be saved</source>
        <translatorcomment>Shadow copy of context FigureExport: lupdate files this string here, but it is looked up in FigureExport. add_missing_messages.py keeps both in sync; edit the one in FigureExport.</translatorcomment>
        <translation>无法保存图像</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>the file could not be opened</source>
        <translatorcomment>Shadow copy of context FigureExport: lupdate files this string here, but it is looked up in FigureExport. add_missing_messages.py keeps both in sync; edit the one in FigureExport.</translatorcomment>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>nothing was written</source>
        <translatorcomment>Shadow copy of context FigureExport: lupdate files this string here, but it is looked up in FigureExport. add_missing_messages.py keeps both in sync; edit the one in FigureExport.</translatorcomment>
        <translation>未写入任何内容</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown format &quot;%1&quot; (use png, jpg, svg or pdf)</source>
        <translatorcomment>Shadow copy of context FigureExport: lupdate files this string here, but it is looked up in FigureExport. add_missing_messages.py keeps both in sync; edit the one in FigureExport.</translatorcomment>
        <translation>未知格式“%1”（请使用 png、jpg、svg 或 pdf）</translation>
    </message>
</context>
<context>
    <name>mrcnn::views::FigureView</name>
    <message>
        <location filename="../views/figure/figure_view.cpp" line="+96"/>
        <source>Boxes</source>
        <translation>边界框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masks</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contours</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window (0)</source>
        <translation>适应窗口 (0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (1)</source>
        <translation>实际大小 (1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation>缩小 (−)</translation>
    </message>
</context>
<context>
    <name>mrcnn::views::SceneCanvas</name>
    <message>
        <location filename="../views/canvas/scene_canvas.cpp" line="+174"/>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  RGB %1 %2 %3</source>
        <translation>  RGB %1 %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>box y1 %1, x1 %2, y2 %3, x2 %4</source>
        <translation>框 y1 %1, x1 %2, y2 %3, x2 %4</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="-67"/>
        <source>This run kept no feature maps: run again with feature maps kept (they are large, so they are off by default).</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>本次运行未保留特征图：请开启“保留特征图”后重新运行（特征图较大，因此默认关闭）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, channels %2–%3 of %4</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>%1，通道 %2–%3（共 %4 个）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>通道 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Column %1 (%2) of the raw RPN deltas, before RPN_BBOX_STD_DEV</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>原始 RPN 偏移量的第 %1 列（%2），未乘 RPN_BBOX_STD_DEV</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proposal corners (y1, x1)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>候选框角点 (y1, x1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal corners (y2, x2)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>候选框角点 (y2, x2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x1 (normalised)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>x1（归一化）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x2 (normalised)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>x2（归一化）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y1 (normalised)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>y1（归一化）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>y2 (normalised)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>y2（归一化）</translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="-194"/>
        <source>proposal #%1: %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>候选框 #%1：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+32"/>
        <location line="+51"/>
        <source>This run kept no detection trace.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>本次运行未保留检测过程记录。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>removed: score %1 &lt; DETECTION_MIN_CONFIDENCE %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>已移除：得分 %1 &lt; DETECTION_MIN_CONFIDENCE %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Background ROIs removed: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>移除的背景 ROI：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove boxes below %1 confidence: %2 removed</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>移除置信度低于 %1 的框：已移除 %2 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DETECTION_MIN_CONFIDENCE is 0: no confidence filter (as the original)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>DETECTION_MIN_CONFIDENCE 为 0：不做置信度过滤（与原实现一致）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed:</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>已移除：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>kept by NMS as #%1 of class %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>被 NMS 保留，为类别 %2 中的 #%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>suppressed by proposal #%1 (IoU &gt; %2)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>被候选框 #%1 抑制（IoU &gt; %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cut by DETECTION_MAX_INSTANCES</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>因 DETECTION_MAX_INSTANCES 被截断</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept after per-class NMS: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>逐类别 NMS 后保留：%1</translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="+34"/>
        <source>Ground Truth and Detections
 GT=green, pred=red, captions: score/IoU</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>真值与检测结果
 GT=绿色，pred=红色，标签：得分/IoU</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ground truth #%1 %2 — %3</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>真值 #%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matched</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>已匹配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed (FN)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>漏检（FN）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true positive</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>真阳性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>false positive</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>假阳性</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At mask IoU &gt;= %1:</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>掩码 IoU &gt;= %1 时：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>True positives: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>真阳性（TP）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positives: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>假阳性（FP）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False negatives: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>假阴性（FN）：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Precision-Recall Curve. AP@%1 = %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>精确率-召回率曲线。AP@%1 = %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AP: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>AP：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>precisions: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>精确率：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recalls: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>召回率：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rows: predictions by descending score; columns: ground truth</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>行：按得分降序排列的预测结果；列：真值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No predictions: the grid has no rows.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>没有预测结果：网格中没有行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cells: mask IoU; &quot;match&quot; above %1 with the same class, &quot;wrong&quot; with another</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>单元格：掩码 IoU；高于 %1 时，类别相同标为“match”（匹配），类别不同标为“wrong”（错误）</translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="-122"/>
        <source>window</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image area inside the padding</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>填充区域以内的图像区域</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Original shape: %1 x %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>原始尺寸：%1 x %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Molded shape: %1 x %2 (%3 mode)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>规整后尺寸：%1 x %2（%3 模式）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window (y1, x1, y2, x2): %1, %2, %3, %4</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>图像窗口 window (y1, x1, y2, x2)：%1, %2, %3, %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>缩放比例：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding: top %1, bottom %2, left %3, right %4</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>填充：上 %1，下 %2，左 %3，右 %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+55"/>
        <source>This run kept no anchors.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>本次运行未保留锚框。</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Count: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>数量：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scales: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>尺度：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ratios: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>宽高比：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anchors per cell: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>每个单元的锚框数：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>层级数：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level %1. Anchors: %2  Feature map shape: (%3, %4)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>层级 %1。锚框：%2  特征图形状：(%3, %4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>level %1, ratio %2, anchor #%3</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>层级 %1，宽高比 %2，锚框 #%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All anchors of level %1 (P%2)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>层级 %1（P%2）的全部锚框</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Level %1 (P%2), stride %3, feature map %4 x %5</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>层级 %1（P%2），步长 %3，特征图 %4 x %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anchors in level: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>该层级锚框数：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drawn: all %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>已绘制：全部 %1 个</translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="-46"/>
        <source>This model has no mask head (its weights have no mrcnn_mask layers), so it predicts boxes only.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>此模型没有掩码分支（其权重中没有 mrcnn_mask 层），因此只预测边界框。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No detections.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>没有检测结果。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The annotation&apos;s masks are %1×%2 pixels but the image is %3×%4: the masks are shown alone.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>标注的掩码为 %1×%2 像素，而图像为 %3×%4：仅单独显示掩码。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (crowd)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>%1（crowd）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ground truth from %1, labelled with its class names</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>真值来自 %1，使用其自身的类别名称标注</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Thresholded at &gt;= %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>以 &gt;= %1 进行阈值化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid outputs of the detection&apos;s class channel</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>该检测结果所属类别通道的 Sigmoid 输出</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Detection-only model: no masks.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>仅检测模型：没有掩码。</translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="+10"/>
        <source>RPN targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>RPN 训练目标需要真值：请打开数据集中的图像，或为此图像加载标注。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>negative anchor #%1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>负样本锚框 #%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>neutral anchors: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>中性锚框：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Top %1 anchors by objectness</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>目标性得分前 %1 的锚框</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>anchor #%1, objectness %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>锚框 #%1，目标性得分 %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drawn: the first %1 of the top-%2 anchors (dotted) and their refinement (solid)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>已绘制：得分前 %2 的锚框中的前 %1 个（虚线）及其修正结果（实线）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>NMS pick #%1 = pre-NMS anchor %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>NMS 选中 #%1 = NMS 前锚框 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept by NMS (IoU &gt; %1 suppresses): %2 of %3</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>NMS 保留（IoU &gt; %1 即被抑制）：%2 / %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>RPN recall at IoU 0.7 against the ground truth:</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>IoU 0.7 下 RPN 相对真值的召回率：</translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="+23"/>
        <source>negative ROI (row %1 of the targets)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>负样本 ROI（训练目标第 %1 行）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>positive ROI (row %1 of the targets)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>正样本 ROI（训练目标第 %1 行）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>refinement target of ROI %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>ROI %1 的修正目标</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>Positive ROIs per class: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>各类别的正样本 ROI：%1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Drawn: positive ROIs solid in their class colour, the refinement they are trained towards dotted; negative ROIs grey dotted.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>绘制：正样本 ROI 用其类别颜色的实线，其训练所趋向的修正框用点线；负样本 ROI 用灰色点线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample comes from a generator seeded with %1; TensorFlow&apos;s random_shuffle cannot be reproduced, so the original would pick others.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>采样来自种子为 %1 的随机数生成器；TensorFlow 的 random_shuffle 无法复现，因此原版会选出别的 ROI。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No positive ROIs: no proposal overlaps a ground-truth box with IoU &gt;= 0.5, so there are no mask targets.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>没有正样本 ROI：没有候选框与真值框的 IoU &gt;= 0.5，因此没有掩码目标。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each cell: the ROI&apos;s crop of the molded image, stretched like crop_and_resize, beside its %1 x %2 mask target</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>每格：ROI 在规整后（molded）图像中的截取区域（像 crop_and_resize 一样拉伸），旁边是它的 %1 x %2 掩码目标</translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="+6"/>
        <source>No training log: open a training folder, its training_log.csv or a checkpoint in it (File ▸ Open training log…).</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>没有训练日志：请打开训练文件夹、其中的 training_log.csv 或其中的检查点（文件 ▸ 打开训练日志…）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The training folder has no training_steps.csv.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>训练文件夹中没有 training_steps.csv。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training folder has no training_log.csv.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>训练文件夹中没有 training_log.csv。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>Epoch</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>Epoch</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Loss</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Losses per epoch</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>每个 epoch 的损失</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Epoch %1: %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>第 %1 个 epoch：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Losses per step</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>每一步的损失</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The training log has no lr column.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>训练日志中没有 lr 列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Learning rate</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From epoch %1: %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>自第 %1 个 epoch 起：%2</translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="-22"/>
        <source>No weight file: the model was not opened from a .h5 file.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>没有权重文件：模型不是从 .h5 文件打开的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The statistics of %1 are not ready yet.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>%1 的统计量尚未计算完成。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parameters per stage (%1 in all)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>各阶段的参数量（共 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>参数量</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 parameters</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The weight file holds no tensor.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>权重文件中没有任何张量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight file has no tensor named %1.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>权重文件中没有名为 %1 的张量。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NaN and infinite values are left out of the histogram.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>NaN 和无穷大的值未计入直方图。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare the weights with a second file (File ▸ Compare weights…) to see the change by layer.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>与另一个权重文件比较（文件 ▸ 比较权重…）即可看到各层的变化。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relative change ‖a − b‖ / ‖b‖ by layer</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>各层的相对变化 ‖a − b‖ / ‖b‖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tensors in network order, by stage</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>按网络顺序排列的张量（按阶段分组）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative change</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>相对变化</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>relative change</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>相对变化</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unchanged tensors are drawn at %1, a decade under the smallest change.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation>未变化的张量画在 %1 处，即最小变化之下一个数量级。</translation>
    </message>
</context>
</TS>
