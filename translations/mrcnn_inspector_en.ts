<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <location filename="../views/charts/charts.cpp" line="+39"/>
        <source>Precision-Recall Curve. AP@%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <location filename="../views/figure/figure_export_any.cpp" line="+36"/>
        <source>%1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown figure kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/figure_export.cpp" line="29"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/figure_export.cpp" line="57"/>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/figure_export.cpp" line="53"/>
        <location filename="../views/export/figure_export.cpp" line="67"/>
        <source>the file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/figure_export.cpp" line="42"/>
        <source>the image could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/figure_export.cpp" line="76"/>
        <source>unknown format &quot;%1&quot; (use png, jpg, svg or pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="+58"/>
        <source>dy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log(dh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>log(dw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n valid proposal(s)</source>
        <translation>
            <numerusform>%n valid proposal</numerusform>
            <numerusform>%n valid proposals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/figures/figure_catalog.cpp" line="+30"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the random colours and samples; every figure shares it, so a detection keeps its colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pyramid level whose anchors are drawn: 0 = P2 (stride 4, the smallest anchors) … 4 = P6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How many anchors to draw, highest objectness first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How many boxes to draw, best first (the notebooks draw 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Anchors drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Boxes drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Proposals drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many proposals to draw, picked at random with the seed (the notebook draws 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>IoU threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The overlap at which a detection matches a ground-truth instance; the ground-truth figures share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feature map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which kept feature map to draw; its shape is [batch, height, width, channels]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first channel drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many channels to draw from the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every channel of the feature map, in a grid that scrolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight tensor whose values are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of histogram bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts on a logarithmic axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Molded input image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anchors of the centre cell per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All anchors of one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RPN targets: positive anchors and their refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top anchors by objectness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre-NMS anchors and their refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refined anchors clipped to the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refined anchors after NMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Final proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposal classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bounding-box refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Background and low-confidence filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Per-class non-maximum suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Final detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ground-truth masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predicted 28×28 masks (soft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicted 28×28 masks (thresholded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Masks pasted into the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ground truth and detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Precision-recall curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overlaps of ground truth and predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training targets: ROIs sampled from the proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training targets: mask targets of the positive ROIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RPN deltas: dy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RPN deltas: dx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RPN deltas: log(dh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RPN deltas: log(dw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposal corners (y1, x1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposal corners (y2, x2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Histogram of a weight tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change by layer against a second weight file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Losses per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Losses per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1. Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. RPN targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. RPN predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Proposal classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Detection, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7. Masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8. Against ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9. Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10. Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11. Training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/detection_figures.cpp" line="+99"/>
        <source>%n valid proposal(s) out of %1</source>
        <translation>
            <numerusform>%n valid proposal out of %1</numerusform>
            <numerusform>%n valid proposals out of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n positive ROI(s)</source>
        <translation>
            <numerusform>%n positive ROI</numerusform>
            <numerusform>%n positive ROIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Drawn: %n random proposal(s); background dotted, the rest solid with class and score</source>
        <translation>
            <numerusform>Drawn: %n random proposal; background dotted, the rest solid with class and score</numerusform>
            <numerusform>Drawn: %n random proposals; background dotted, the rest solid with class and score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Drawn: %1 of %n positive ROI(s), proposal dotted → refined box solid (class deltas × BBOX_STD_DEV, clipped to the window)</source>
        <translation>
            <numerusform>Drawn: %1 of %n positive ROI, proposal dotted → refined box solid (class deltas × BBOX_STD_DEV, clipped to the window)</numerusform>
            <numerusform>Drawn: %1 of %n positive ROIs, proposal dotted → refined box solid (class deltas × BBOX_STD_DEV, clipped to the window)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Keep %n detection(s):</source>
        <translation>
            <numerusform>Keep %n detection:</numerusform>
            <numerusform>Keep %n detections:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%n detection(s): %1</source>
        <translation>
            <numerusform>%n detection: %1</numerusform>
            <numerusform>%n detections: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/input_figures.cpp" line="+171"/>
        <source>Drawn: one anchor in %1 (%n box(es))</source>
        <translation>
            <numerusform>Drawn: one anchor in %1 (%n box)</numerusform>
            <numerusform>Drawn: one anchor in %1 (%n boxes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/mask_figures.cpp" line="+73"/>
        <source>Showing the first %1 of %n mask(s)</source>
        <translation>
            <numerusform>Showing the first %1 of %n mask</numerusform>
            <numerusform>Showing the first %1 of %n masks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/rpn_figures.cpp" line="+123"/>
        <source>Drawn: %n positive anchor(s) (dotted) with their refinement (solid), %1 of %2 negative anchors (grey)</source>
        <translation>
            <numerusform>Drawn: %n positive anchor (dotted) with its refinement (solid), %1 of %2 negative anchors (grey)</numerusform>
            <numerusform>Drawn: %n positive anchors (dotted) with their refinement (solid), %1 of %2 negative anchors (grey)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n valid proposal(s) out of %1 (POST_NMS_ROIS_INFERENCE %2)</source>
        <translation>
            <numerusform>%n valid proposal out of %1 (POST_NMS_ROIS_INFERENCE %2)</numerusform>
            <numerusform>%n valid proposals out of %1 (POST_NMS_ROIS_INFERENCE %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/training_target_figures.cpp" line="+182"/>
        <source>%1 positive, %n negative ROI(s) of TRAIN_ROIS_PER_IMAGE = %2</source>
        <translation>
            <numerusform>%1 positive, %n negative ROI of TRAIN_ROIS_PER_IMAGE = %2</numerusform>
            <numerusform>%1 positive, %n negative ROIs of TRAIN_ROIS_PER_IMAGE = %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>From %1 proposals and %n ground-truth instance(s); ROI_POSITIVE_RATIO %2</source>
        <translation>
            <numerusform>From %1 proposals and %n ground-truth instance; ROI_POSITIVE_RATIO %2</numerusform>
            <numerusform>From %1 proposals and %n ground-truth instances; ROI_POSITIVE_RATIO %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Showing the first %1 of %n positive ROI(s)</source>
        <translation>
            <numerusform>Showing the first %1 of %n positive ROI</numerusform>
            <numerusform>Showing the first %1 of %n positive ROIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/ground_truth.cpp" line="+86"/>
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/training_figures.cpp" line="+115"/>
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n epoch</numerusform>
            <numerusform>%n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/figures/weight_figures.cpp" line="+40"/>
        <source>%n weight tensor(s)</source>
        <translation>
            <numerusform>%n weight tensor</numerusform>
            <numerusform>%n weight tensors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="64"/>
        <source>%1 (crowd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="42"/>
        <source>%1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="122"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="36"/>
        <source>%1, channels %2–%3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="160"/>
        <source>AP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="70"/>
        <source>All anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="149"/>
        <source>All anchors of level %1 (P%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="169"/>
        <source>Anchors in level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="100"/>
        <source>Anchors per cell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="134"/>
        <source>At mask IoU &gt;= %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="184"/>
        <source>Background ROIs removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="197"/>
        <source>Cells: mask IoU; &quot;match&quot; above %1 with the same class, &quot;wrong&quot; with another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="69"/>
        <source>Column %1 (%2) of the raw RPN deltas, before RPN_BBOX_STD_DEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="81"/>
        <source>Compare the weights with a second file (File ▸ Compare weights…) to see the change by layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="90"/>
        <source>Count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="189"/>
        <source>DETECTION_MIN_CONFIDENCE is 0: no confidence filter (as the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="159"/>
        <source>Detection-only model: no masks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="174"/>
        <source>Drawn: all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="197"/>
        <source>Drawn: positive ROIs solid in their class colour, the refinement they are trained towards dotted; negative ROIs grey dotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="172"/>
        <source>Drawn: the first %1 of the top-%2 anchors (dotted) and their refinement (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="225"/>
        <source>Each cell: the ROI&apos;s crop of the molded image, stretched like crop_and_resize, beside its %1 x %2 mask target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="85"/>
        <location filename="../app/figures/training_figures.cpp" line="151"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="125"/>
        <source>Epoch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="136"/>
        <source>False negatives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="135"/>
        <source>False positives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="166"/>
        <source>From epoch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="84"/>
        <source>Ground Truth and Detections
 GT=green, pred=red, captions: score/IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="68"/>
        <source>Ground truth from %1, labelled with its class names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="256"/>
        <source>Kept after per-class NMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="207"/>
        <source>Kept by NMS (IoU &gt; %1 suppresses): %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="163"/>
        <source>Level %1 (P%2), stride %3, feature map %4 x %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="107"/>
        <source>Level %1. Anchors: %2  Feature map shape: (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="101"/>
        <source>Levels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="86"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="80"/>
        <source>Model and annotation disagree on class names: predictions are labelled with the model&apos;s names, ground truth with the annotation&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="60"/>
        <source>Model and annotation disagree on classes: the model has %1 classes and the annotation %2 (both with BG), so a class id need not mean the same class in predictions and ground truth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="60"/>
        <source>Molded shape: %1 x %2 (%3 mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="205"/>
        <source>NMS pick #%1 = pre-NMS anchor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="74"/>
        <source>NaN and infinite values are left out of the histogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="29"/>
        <source>No detections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="47"/>
        <source>No ground truth for this image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="42"/>
        <source>No ground truth for this image: open a dataset image or load an annotation to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="51"/>
        <source>No ground truth for this image: open a dataset image or load an annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="212"/>
        <source>No positive ROIs: no proposal overlaps a ground-truth box with IoU &gt;= 0.5, so there are no mask targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="195"/>
        <source>No predictions: the grid has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="75"/>
        <source>No training log: open a training folder, its training_log.csv or a checkpoint in it (File ▸ Open training log…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="18"/>
        <source>No weight file: the model was not opened from a .h5 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="59"/>
        <source>Original shape: %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="70"/>
        <source>Padding: top %1, bottom %2, left %3, right %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="32"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="31"/>
        <source>Parameters per stage (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="188"/>
        <location filename="../app/figures/training_target_figures.cpp" line="224"/>
        <source>Positive ROIs per class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="72"/>
        <source>Post-NMS proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="151"/>
        <source>Precision-Recall Curve. AP@%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="232"/>
        <source>RPN recall at IoU 0.7 against the ground truth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="82"/>
        <source>RPN targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="95"/>
        <source>Ratios: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="71"/>
        <source>Refined anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="92"/>
        <source>Relative change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="90"/>
        <source>Relative change ‖a − b‖ / ‖b‖ by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="186"/>
        <source>Remove boxes below %1 confidence: %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="194"/>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="193"/>
        <source>Rows: predictions by descending score; columns: ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="69"/>
        <source>Scale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="90"/>
        <source>Scales: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="103"/>
        <source>Sigmoid outputs of the detection&apos;s class channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="91"/>
        <source>Tensors in network order, by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="45"/>
        <source>The annotation&apos;s masks are %1×%2 pixels but the image is %3×%4: the masks are shown alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="45"/>
        <source>The ground truth of this image has no instances: nothing to draw or compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="46"/>
        <source>The ground truth of this image has only crowd regions, which the original&apos;s per-image metrics leave out: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="51"/>
        <source>The image area inside the padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="50"/>
        <source>The original&apos;s metrics compare masks, and this model has no mask head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="199"/>
        <source>The sample comes from a generator seeded with %1; TensorFlow&apos;s random_shuffle cannot be reproduced, so the original would pick others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="20"/>
        <source>The statistics of %1 are not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="78"/>
        <source>The training folder has no training_log.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="77"/>
        <source>The training folder has no training_steps.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="147"/>
        <source>The training log has no lr column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="59"/>
        <source>The weight file has no tensor named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="58"/>
        <source>The weight file holds no tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="27"/>
        <source>This model has no mask head (its weights have no mrcnn_mask layers), so it predicts boxes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="82"/>
        <location filename="../app/figures/input_figures.cpp" line="137"/>
        <source>This run kept no anchors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="119"/>
        <location filename="../app/figures/detection_figures.cpp" line="151"/>
        <location filename="../app/figures/detection_figures.cpp" line="202"/>
        <source>This run kept no detection trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="24"/>
        <source>This run kept no feature maps: run again with feature maps kept (they are large, so they are off by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="127"/>
        <source>This run kept no proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="102"/>
        <source>Thresholded at &gt;= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="142"/>
        <source>Top %1 anchors by objectness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="32"/>
        <source>Training targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="134"/>
        <source>True positives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="120"/>
        <source>Unchanged tensors are drawn at %1, a decade under the smallest change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="64"/>
        <source>Window (y1, x1, y2, x2): %1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="150"/>
        <source>anchor #%1, objectness %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="43"/>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="74"/>
        <source>class %1 is &quot;%2&quot; in the model and &quot;%3&quot; in the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="244"/>
        <source>cut by DETECTION_MAX_INSTANCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="123"/>
        <source>false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="93"/>
        <source>ground truth #%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="225"/>
        <source>kept by NMS as #%1 of class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="124"/>
        <source>level %1, ratio %2, anchor #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="69"/>
        <source>loaded checkpoint (epoch %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="96"/>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="96"/>
        <source>missed (FN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="150"/>
        <source>negative ROI (row %1 of the targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="111"/>
        <source>negative anchor #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="121"/>
        <source>neutral anchors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="81"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="166"/>
        <source>positive ROI (row %1 of the targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="160"/>
        <source>precisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="91"/>
        <source>proposal #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="161"/>
        <source>recalls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="176"/>
        <source>refinement target of ROI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="102"/>
        <source>relative change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="175"/>
        <source>removed: score %1 &lt; DETECTION_MIN_CONFIDENCE %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="241"/>
        <source>suppressed by proposal #%1 (IoU &gt; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="123"/>
        <source>true positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="49"/>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="83"/>
        <source>x1 (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="83"/>
        <source>x2 (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="84"/>
        <source>y1 (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="84"/>
        <source>y2 (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundTruthLoader</name>
    <message>
        <location filename="../app/gui/ground_truth_loader.cpp" line="25"/>
        <source>%1 has no entry for %2 (%3 images in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ground_truth_loader.cpp" line="32"/>
        <source>Cannot read the annotation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <location filename="../app/figures/lineage.cpp" line="23"/>
        <source>%1 (class %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="36"/>
        <source>Anchor #%1 %2, objectness %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="48"/>
        <source>Classified as %1 with probability %2 (background %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="64"/>
        <source>Final detection #%1, score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="59"/>
        <source>Kept by the NMS of %1 as its #%2; suppressed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="47"/>
        <source>Kept by the RPN&apos;s NMS as proposal #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="54"/>
        <source>Passed the background and confidence filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="41"/>
        <source>Pre-NMS rank %1 of %2; refined to %3, clipped to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="53"/>
        <source>Refined by the class-specific deltas to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="24"/>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="62"/>
        <source>no box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="62"/>
        <source>proposals %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlapGrid</name>
    <message>
        <location filename="../views/render/overlap_grid.cpp" line="+41"/>
        <source>No predictions or no ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ground Truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/demo_model.cpp" line="+36"/>
        <source>demo shapes model (untrained, random weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>demo shapes model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The demo&apos;s ground truth is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_dialog.cpp" line="+53"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="85"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="56"/>
        <source>Cannot show the figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="71"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="88"/>
        <source>The run did not finish; no screenshots taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="63"/>
        <source>The window did not show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightText</name>
    <message>
        <location filename="../app/figures/weight_text.cpp" line="+47"/>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exploding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 %2: %n value(s), min %3, max %4, mean %5, std %6, NaN %7, Inf %8</source>
        <translation>
            <numerusform>%1 %2: %n value, min %3, max %4, mean %5, std %6, NaN %7, Inf %8</numerusform>
            <numerusform>%1 %2: %n values, min %3, max %4, mean %5, std %6, NaN %7, Inf %8</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 and %2 share no weight tensor: they are not two versions of one model, so there is no change to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: %1 (the reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n common tensor(s) changed</source>
        <translation>
            <numerusform>%1 of %n common tensor changed</numerusform>
            <numerusform>%1 of %n common tensors changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n tensor(s) only in A</source>
        <translation>
            <numerusform>%n tensor only in A</numerusform>
            <numerusform>%n tensors only in A</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tensor(s) only in B</source>
        <translation>
            <numerusform>%n tensor only in B</numerusform>
            <numerusform>%n tensors only in B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n tensor(s) changed shape</source>
        <translation>
            <numerusform>%n tensor changed shape</numerusform>
            <numerusform>%n tensors changed shape</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main_gui.cpp" line="+33"/>
        <source>Mask R-CNN Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keras .h5 weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config preset or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a screenshot of each stage and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Image to inspect, or Keras .h5 weights to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/demo_model.cpp" line="+8"/>
        <source>demo image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::figures</name>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="+42"/>
        <source>No ground truth for this image: open a dataset image or load an annotation to compare.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ground truth of this image has only crowd regions, which the original&apos;s per-image metrics leave out: nothing to compare.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The original&apos;s metrics compare masks, and this model has no mask head.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/lineage.cpp" line="+23"/>
        <source>%1 (class %2)</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class %1</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Anchor #%1 %2, objectness %3</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre-NMS rank %1 of %2; refined to %3, clipped to %4</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept by the RPN&apos;s NMS as proposal #%1 %2</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classified as %1 with probability %2 (background %3)</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept by the NMS of %1 as its #%2; suppressed %3</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Refined by the class-specific deltas to %1</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed the background and confidence filters</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no box</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>proposals %1</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final detection #%1, score %2</source>
        <translatorcomment>Shadow copy of context Lineage: lupdate files this string here, but it is looked up in Lineage. add_missing_messages.py keeps both in sync; edit the one in Lineage.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="-155"/>
        <source>All anchors</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refined anchors</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-NMS proposals</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="-198"/>
        <source>Training targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This run kept no proposals.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/ground_truth.cpp" line="-41"/>
        <source>The ground truth of this image has no instances: nothing to draw or compare.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ground truth for this image: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No ground truth for this image: open a dataset image or load an annotation.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model and annotation disagree on classes: the model has %1 classes and the annotation %2 (both with BG), so a class id need not mean the same class in predictions and ground truth.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>class %1 is &quot;%2&quot; in the model and &quot;%3&quot; in the annotation</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model and annotation disagree on class names: predictions are labelled with the model&apos;s names, ground truth with the annotation&apos;s.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="-66"/>
        <source>loaded checkpoint (epoch %1)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui</name>
    <message>
        <location filename="../app/gui/screenshot_tour.cpp" line="+85"/>
        <source>Cannot create the folder %1</source>
        <translatorcomment>Shadow copy of context ScreenshotTour: lupdate files this string here, but it is looked up in ScreenshotTour. add_missing_messages.py keeps both in sync; edit the one in ScreenshotTour.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run did not finish; no screenshots taken.</source>
        <translatorcomment>Shadow copy of context ScreenshotTour: lupdate files this string here, but it is looked up in ScreenshotTour. add_missing_messages.py keeps both in sync; edit the one in ScreenshotTour.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cannot show the figure %1</source>
        <translatorcomment>Shadow copy of context ScreenshotTour: lupdate files this string here, but it is looked up in ScreenshotTour. add_missing_messages.py keeps both in sync; edit the one in ScreenshotTour.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The window did not show %1</source>
        <translatorcomment>Shadow copy of context ScreenshotTour: lupdate files this string here, but it is looked up in ScreenshotTour. add_missing_messages.py keeps both in sync; edit the one in ScreenshotTour.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1</source>
        <translatorcomment>Shadow copy of context ScreenshotTour: lupdate files this string here, but it is looked up in ScreenshotTour. add_missing_messages.py keeps both in sync; edit the one in ScreenshotTour.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ground_truth_loader.cpp" line="+25"/>
        <source>%1 has no entry for %2 (%3 images in the file)</source>
        <translatorcomment>Shadow copy of context GroundTruthLoader: lupdate files this string here, but it is looked up in GroundTruthLoader. add_missing_messages.py keeps both in sync; edit the one in GroundTruthLoader.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the annotation %1: %2</source>
        <translatorcomment>Shadow copy of context GroundTruthLoader: lupdate files this string here, but it is looked up in GroundTruthLoader. add_missing_messages.py keeps both in sync; edit the one in GroundTruthLoader.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ExportAllJob</name>
    <message numerus="yes">
        <location filename="../app/gui/export_all.cpp" line="+29"/>
        <source>Wrote %n %1 file(s) to %2.</source>
        <translation>
            <numerusform>Wrote %n %1 file to %2.</numerusform>
            <numerusform>Wrote %n %1 files to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cancelled: %n figure(s) not exported.</source>
        <translation>
            <numerusform>Cancelled: %n figure not exported.</numerusform>
            <numerusform>Cancelled: %n figures not exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Skipped %n figure(s) this run cannot show:</source>
        <translation>
            <numerusform>Skipped %n figure this run cannot show:</numerusform>
            <numerusform>Skipped %n figures this run cannot show:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n figure(s) failed:</source>
        <translation>
            <numerusform>%n figure failed:</numerusform>
            <numerusform>%n figures failed:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to export: no run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::LoadReportTable</name>
    <message>
        <location filename="../app/gui/load_report_table.cpp" line="+55"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer / weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shape mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file %1, model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected by the model, absent from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the file, unknown to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped by the exclude list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no mask head in the file: a detection-only model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+242"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;annotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open mask &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;all figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+334"/>
        <source>Exporting figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-400"/>
        <source>About Mask R-CNN Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask R-CNN Inspector shows, stage by stage, how a Mask R-CNN model trained with matterport&apos;s Keras implementation reaches its detections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Compare weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;training log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+494"/>
        <source>Mask R-CNN Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-490"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lineage of the selected detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+327"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No result for this image: the run was cancelled or failed. File → Run again (F5) runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a model and an image to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This figure could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2 — Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 — Running… %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — %2 — %n detection(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n detection</numerusform>
            <numerusform>%1 — %2 — %n detections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — no ground truth for this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Click a final detection to see where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open the model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open mask folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to export: no run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all figures to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+34"/>
        <source>Export all figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open a model from a .h5 file first: its weights are compared with the second file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare weights with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keras weights (*.h5 *.hdf5);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training logs and checkpoints (*.csv *.h5);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not an image: a .json file dropped on the window is read as the ground truth of the open image. Open an image first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ModelDialog</name>
    <message>
        <location filename="../app/gui/model_dialog.cpp" line="+18"/>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weights (.h5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inferred from the weights file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>One class name per line, BG first (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load from a text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Class names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Open weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Five sizes in pixels, e.g. 32, 64, 128, 256, 512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Keras weights (*.h5 *.hdf5);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 ⚠ guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guessed: %1 does not store %2 and no config JSON lies beside it; %3 is the base configuration&apos;s value. Check it before loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guessed: the configuration in %1 does not set %2; %3 is the default value. Check it before loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Configuration stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configuration read from %1 beside the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 carries no configuration and no config JSON lies beside it: sizes were read from its layers, the fields marked ⚠ were guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also guessed (use a preset or a JSON file to change them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a weights file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some values were guessed (marked ⚠): check them, then press Open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>RPN_ANCHOR_SCALES: &quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds no class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::Session</name>
    <message>
        <location filename="../app/gui/session.cpp" line="+223"/>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ThresholdPanel</name>
    <message>
        <location filename="../app/gui/threshold_panel.cpp" line="+43"/>
        <source>Min. confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DETECTION_MIN_CONFIDENCE: ROIs scoring below are dropped (0 disables the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detection NMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETECTION_NMS_THRESHOLD: per-class NMS IoU threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPN NMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RPN_NMS_THRESHOLD: the proposal layer&apos;s NMS IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POST_NMS_ROIS_INFERENCE: proposals kept after the RPN&apos;s NMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposals kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unmold_mask: mask pixels &gt;= this value are inside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::TrainingPanel</name>
    <message>
        <location filename="../app/gui/training_panel.cpp" line="+75"/>
        <source>Open training log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No training log. A model opened from a training folder of `mrcnn train` shows its history here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training run in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n epoch(s) logged</source>
        <translation>
            <numerusform>%n epoch logged</numerusform>
            <numerusform>%n epochs logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n step(s) logged</source>
        <translation>
            <numerusform>%n step logged</numerusform>
            <numerusform>%n steps logged</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loaded checkpoint: epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightDiffPanel</name>
    <message>
        <location filename="../app/gui/weight_diff_panel.cpp" line="+76"/>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a second .h5 (B) and show ‖a − b‖ / ‖b‖ per tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a model from a .h5 file to compare its weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No second file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only in A %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only in B %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shape %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightTableModel</name>
    <message>
        <location filename="../app/gui/weight_table_model.cpp" line="+104"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightsAnalysis</name>
    <message>
        <location filename="../app/gui/weights_analysis.cpp" line="+74"/>
        <source>The training log beside %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing the statistics of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a model from a .h5 file first: there is nothing to compare %1 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Comparing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot compare with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the training log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightsPanel</name>
    <message>
        <location filename="../app/gui/weights_panel.cpp" line="+150"/>
        <source>Tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by layer, weight, shape or alert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts on a logarithmic axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2 tensors, %3 parameters, %4 with alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No weight file: the model was not opened from a .h5 file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::render</name>
    <message>
        <location filename="../views/export/figure_export.cpp" line="+29"/>
        <source>Cannot write %1: %2</source>
        <translatorcomment>Shadow copy of context FigureExport: lupdate files this string here, but it is looked up in FigureExport. add_missing_messages.py keeps both in sync; edit the one in FigureExport.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the image could not be saved</source>
        <translatorcomment>Shadow copy of context FigureExport: lupdate files this string here, but it is looked up in FigureExport. add_missing_messages.py keeps both in sync; edit the one in FigureExport.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>the file could not be opened</source>
        <translatorcomment>Shadow copy of context FigureExport: lupdate files this string here, but it is looked up in FigureExport. add_missing_messages.py keeps both in sync; edit the one in FigureExport.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>nothing was written</source>
        <translatorcomment>Shadow copy of context FigureExport: lupdate files this string here, but it is looked up in FigureExport. add_missing_messages.py keeps both in sync; edit the one in FigureExport.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown format &quot;%1&quot; (use png, jpg, svg or pdf)</source>
        <translatorcomment>Shadow copy of context FigureExport: lupdate files this string here, but it is looked up in FigureExport. add_missing_messages.py keeps both in sync; edit the one in FigureExport.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::views::FigureView</name>
    <message>
        <location filename="../views/figure/figure_view.cpp" line="+96"/>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::views::SceneCanvas</name>
    <message>
        <location filename="../views/canvas/scene_canvas.cpp" line="+174"/>
        <source>x %1, y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  RGB %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>box y1 %1, x1 %2, y2 %3, x2 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <location filename="../app/figures/activation_figures.cpp" line="-67"/>
        <source>This run kept no feature maps: run again with feature maps kept (they are large, so they are off by default).</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, channels %2–%3 of %4</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Column %1 (%2) of the raw RPN deltas, before RPN_BBOX_STD_DEV</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Proposal corners (y1, x1)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal corners (y2, x2)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x1 (normalised)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x2 (normalised)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y1 (normalised)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>y2 (normalised)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/detection_figures.cpp" line="-194"/>
        <source>proposal #%1: %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+32"/>
        <location line="+51"/>
        <source>This run kept no detection trace.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>removed: score %1 &lt; DETECTION_MIN_CONFIDENCE %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Background ROIs removed: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove boxes below %1 confidence: %2 removed</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DETECTION_MIN_CONFIDENCE is 0: no confidence filter (as the original)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed:</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>kept by NMS as #%1 of class %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>suppressed by proposal #%1 (IoU &gt; %2)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cut by DETECTION_MAX_INSTANCES</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept after per-class NMS: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/gt_figures.cpp" line="+34"/>
        <source>Ground Truth and Detections
 GT=green, pred=red, captions: score/IoU</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ground truth #%1 %2 — %3</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matched</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed (FN)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true positive</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>false positive</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At mask IoU &gt;= %1:</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>True positives: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positives: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False negatives: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Precision-Recall Curve. AP@%1 = %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AP: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>precisions: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recalls: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rows: predictions by descending score; columns: ground truth</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No predictions: the grid has no rows.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cells: mask IoU; &quot;match&quot; above %1 with the same class, &quot;wrong&quot; with another</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/input_figures.cpp" line="-122"/>
        <source>window</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image area inside the padding</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Original shape: %1 x %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Molded shape: %1 x %2 (%3 mode)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window (y1, x1, y2, x2): %1, %2, %3, %4</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding: top %1, bottom %2, left %3, right %4</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+55"/>
        <source>This run kept no anchors.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Count: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scales: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ratios: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anchors per cell: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level %1. Anchors: %2  Feature map shape: (%3, %4)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>level %1, ratio %2, anchor #%3</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All anchors of level %1 (P%2)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Level %1 (P%2), stride %3, feature map %4 x %5</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anchors in level: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drawn: all %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/mask_figures.cpp" line="-46"/>
        <source>This model has no mask head (its weights have no mrcnn_mask layers), so it predicts boxes only.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No detections.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The annotation&apos;s masks are %1×%2 pixels but the image is %3×%4: the masks are shown alone.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (crowd)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ground truth from %1, labelled with its class names</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Thresholded at &gt;= %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid outputs of the detection&apos;s class channel</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Detection-only model: no masks.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/rpn_figures.cpp" line="+10"/>
        <source>RPN targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>negative anchor #%1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>neutral anchors: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Top %1 anchors by objectness</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>anchor #%1, objectness %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drawn: the first %1 of the top-%2 anchors (dotted) and their refinement (solid)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>NMS pick #%1 = pre-NMS anchor %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept by NMS (IoU &gt; %1 suppresses): %2 of %3</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>RPN recall at IoU 0.7 against the ground truth:</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_target_figures.cpp" line="+23"/>
        <source>negative ROI (row %1 of the targets)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>positive ROI (row %1 of the targets)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>refinement target of ROI %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>Positive ROIs per class: %1</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Drawn: positive ROIs solid in their class colour, the refinement they are trained towards dotted; negative ROIs grey dotted.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample comes from a generator seeded with %1; TensorFlow&apos;s random_shuffle cannot be reproduced, so the original would pick others.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No positive ROIs: no proposal overlaps a ground-truth box with IoU &gt;= 0.5, so there are no mask targets.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each cell: the ROI&apos;s crop of the molded image, stretched like crop_and_resize, beside its %1 x %2 mask target</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/training_figures.cpp" line="+6"/>
        <source>No training log: open a training folder, its training_log.csv or a checkpoint in it (File ▸ Open training log…).</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The training folder has no training_steps.csv.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training folder has no training_log.csv.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>Epoch</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Loss</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Losses per epoch</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Epoch %1: %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Losses per step</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The training log has no lr column.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Learning rate</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From epoch %1: %2</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figures/weight_figures.cpp" line="-22"/>
        <source>No weight file: the model was not opened from a .h5 file.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The statistics of %1 are not ready yet.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parameters per stage (%1 in all)</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 parameters</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The weight file holds no tensor.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight file has no tensor named %1.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NaN and infinite values are left out of the histogram.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare the weights with a second file (File ▸ Compare weights…) to see the change by layer.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relative change ‖a − b‖ / ‖b‖ by layer</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tensors in network order, by stage</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative change</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>relative change</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unchanged tensors are drawn at %1, a decade under the smallest change.</source>
        <translatorcomment>Shadow copy of context Figures: lupdate files this string here, but it is looked up in Figures. add_missing_messages.py keeps both in sync; edit the one in Figures.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
