<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationProblems</name>
    <message numerus="yes">
        <source>%1 was read with %n problem(s); the records named were skipped or fixed as each line says.</source>
        <translation>
            <numerusform>%1 was read with %n problem; the record named was skipped or fixed as the line says.</numerusform>
            <numerusform>%1 was read with %n problems; the records named were skipped or fixed as each line says.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n annotation problem(s)</source>
        <translation>
            <numerusform> — %n annotation problem</numerusform>
            <numerusform> — %n annotation problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Mask R-CNN Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Precision-Recall Curve. AP@%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetEvaluationText</name>
    <message>
        <source>None of the %1 images could be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetLoading</name>
    <message>
        <source>Cannot open the dataset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationContext</name>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>%1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown figure kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (use png, jpg, svg or pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>dy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log(dh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log(dw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n valid proposal(s)</source>
        <translation>
            <numerusform>%n valid proposal</numerusform>
            <numerusform>%n valid proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random colours and samples; every figure shares it, so a detection keeps its colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pyramid level whose anchors are drawn: 0 = P2 (stride 4, the smallest anchors) … 4 = P6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many anchors to draw, highest objectness first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many boxes to draw, best first (the notebooks draw 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchors drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many proposals to draw, picked at random with the seed (the notebook draws 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoU threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overlap at which a detection matches a ground-truth instance; the ground-truth figures share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kept feature map to draw; its shape is [batch, height, width, channels]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first channel drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many channels to draw from the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every channel of the feature map, in a grid that scrolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight tensor whose values are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of histogram bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts on a logarithmic axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Molded input image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchors of the centre cell per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All anchors of one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPN targets: positive anchors and their refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top anchors by objectness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-NMS anchors and their refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refined anchors clipped to the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refined anchors after NMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounding-box refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background and low-confidence filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-class non-maximum suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground-truth masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted 28×28 masks (soft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted 28×28 masks (thresholded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masks pasted into the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground truth and detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision-recall curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps of ground truth and predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training targets: ROIs sampled from the proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training targets: mask targets of the positive ROIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPN deltas: dy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPN deltas: dx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPN deltas: log(dh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPN deltas: log(dw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal corners (y1, x1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal corners (y2, x2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram of a weight tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change by layer against a second weight file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. RPN targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. RPN predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Proposal classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Detection, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Against ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10. Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11. Training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n valid proposal(s) out of %1</source>
        <translation>
            <numerusform>%n valid proposal out of %1</numerusform>
            <numerusform>%n valid proposals out of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positive ROI(s)</source>
        <translation>
            <numerusform>%n positive ROI</numerusform>
            <numerusform>%n positive ROIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn: %n random proposal(s); background dotted, the rest solid with class and score</source>
        <translation>
            <numerusform>Drawn: %n random proposal; background dotted, the rest solid with class and score</numerusform>
            <numerusform>Drawn: %n random proposals; background dotted, the rest solid with class and score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn: %1 of %n positive ROI(s), proposal dotted → refined box solid (class deltas × BBOX_STD_DEV, clipped to the window)</source>
        <translation>
            <numerusform>Drawn: %1 of %n positive ROI, proposal dotted → refined box solid (class deltas × BBOX_STD_DEV, clipped to the window)</numerusform>
            <numerusform>Drawn: %1 of %n positive ROIs, proposal dotted → refined box solid (class deltas × BBOX_STD_DEV, clipped to the window)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %n detection(s):</source>
        <translation>
            <numerusform>Keep %n detection:</numerusform>
            <numerusform>Keep %n detections:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detection(s): %1</source>
        <translation>
            <numerusform>%n detection: %1</numerusform>
            <numerusform>%n detections: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn: one anchor in %1 (%n box(es))</source>
        <translation>
            <numerusform>Drawn: one anchor in %1 (%n box)</numerusform>
            <numerusform>Drawn: one anchor in %1 (%n boxes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n mask(s)</source>
        <translation>
            <numerusform>Showing the first %1 of %n mask</numerusform>
            <numerusform>Showing the first %1 of %n masks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn: %n positive anchor(s) (dotted) with their refinement (solid), %1 of %2 negative anchors (grey)</source>
        <translation>
            <numerusform>Drawn: %n positive anchor (dotted) with its refinement (solid), %1 of %2 negative anchors (grey)</numerusform>
            <numerusform>Drawn: %n positive anchors (dotted) with their refinement (solid), %1 of %2 negative anchors (grey)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid proposal(s) out of %1 (POST_NMS_ROIS_INFERENCE %2)</source>
        <translation>
            <numerusform>%n valid proposal out of %1 (POST_NMS_ROIS_INFERENCE %2)</numerusform>
            <numerusform>%n valid proposals out of %1 (POST_NMS_ROIS_INFERENCE %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 positive, %n negative ROI(s) of TRAIN_ROIS_PER_IMAGE = %2</source>
        <translation>
            <numerusform>%1 positive, %n negative ROI of TRAIN_ROIS_PER_IMAGE = %2</numerusform>
            <numerusform>%1 positive, %n negative ROIs of TRAIN_ROIS_PER_IMAGE = %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 proposals and %n ground-truth instance(s); ROI_POSITIVE_RATIO %2</source>
        <translation>
            <numerusform>From %1 proposals and %n ground-truth instance; ROI_POSITIVE_RATIO %2</numerusform>
            <numerusform>From %1 proposals and %n ground-truth instances; ROI_POSITIVE_RATIO %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %n positive ROI(s)</source>
        <translation>
            <numerusform>Showing the first %1 of %n positive ROI</numerusform>
            <numerusform>Showing the first %1 of %n positive ROIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n epoch</numerusform>
            <numerusform>%n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weight tensor(s)</source>
        <translation>
            <numerusform>%n weight tensor</numerusform>
            <numerusform>%n weight tensors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (crowd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, channels %2–%3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All anchors of level %1 (P%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchors in level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchors per cell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At mask IoU &gt;= %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background ROIs removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells: mask IoU; &quot;match&quot; above %1 with the same class, &quot;wrong&quot; with another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (%2) of the raw RPN deltas, before RPN_BBOX_STD_DEV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the weights with a second file (File ▸ Compare weights…) to see the change by layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETECTION_MIN_CONFIDENCE is 0: no confidence filter (as the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection-only model: no masks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn: all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn: positive ROIs solid in their class colour, the refinement they are trained towards dotted; negative ROIs grey dotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn: the first %1 of the top-%2 anchors (dotted) and their refinement (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the ROI&apos;s crop of the molded image, stretched like crop_and_resize, beside its %1 x %2 mask target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False negatives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From epoch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground Truth and Detections
 GT=green, pred=red, captions: score/IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground truth from %1, labelled with its class names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept after per-class NMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by NMS (IoU &gt; %1 suppresses): %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 (P%2), stride %3, feature map %4 x %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1. Anchors: %2  Feature map shape: (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and annotation disagree on class names: predictions are labelled with the model&apos;s names, ground truth with the annotation&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and annotation disagree on classes: the model has %1 classes and the annotation %2 (both with BG), so a class id need not mean the same class in predictions and ground truth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Molded shape: %1 x %2 (%3 mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMS pick #%1 = pre-NMS anchor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN and infinite values are left out of the histogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No detections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ground truth for this image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ground truth for this image: open a dataset image or load an annotation to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ground truth for this image: open a dataset image or load an annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No positive ROIs: no proposal overlaps a ground-truth box with IoU &gt;= 0.5, so there are no mask targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions: the grid has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training log: open a training folder, its training_log.csv or a checkpoint in it (File ▸ Open training log…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weight file: the model was not opened from a .h5 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original shape: %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding: top %1, bottom %2, left %3, right %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters per stage (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive ROIs per class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-NMS proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision-Recall Curve. AP@%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPN recall at IoU 0.7 against the ground truth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPN targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratios: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refined anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative change ‖a − b‖ / ‖b‖ by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove boxes below %1 confidence: %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: predictions by descending score; columns: ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid outputs of the detection&apos;s class channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensors in network order, by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation&apos;s masks are %1×%2 pixels but the image is %3×%4: the masks are shown alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ground truth of this image has no instances: nothing to draw or compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ground truth of this image has only crowd regions, which the original&apos;s per-image metrics leave out: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image area inside the padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original&apos;s metrics compare masks, and this model has no mask head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample comes from a generator seeded with %1; TensorFlow&apos;s random_shuffle cannot be reproduced, so the original would pick others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics of %1 are not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training folder has no training_log.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training folder has no training_steps.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training log has no lr column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight file has no tensor named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight file holds no tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no mask head (its weights have no mrcnn_mask layers), so it predicts boxes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run kept no anchors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run kept no detection trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run kept no feature maps: run again with feature maps kept (they are large, so they are off by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run kept no proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholded at &gt;= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 anchors by objectness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training targets need ground truth: open a dataset image or load an annotation for this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True positives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged tensors are drawn at %1, a decade under the smallest change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (y1, x1, y2, x2): %1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor #%1, objectness %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 is &quot;%2&quot; in the model and &quot;%3&quot; in the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut by DETECTION_MAX_INSTANCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground truth #%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept by NMS as #%1 of class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1, ratio %2, anchor #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded checkpoint (epoch %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed (FN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative ROI (row %1 of the targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative anchor #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral anchors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive ROI (row %1 of the targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refinement target of ROI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: score %1 &lt; DETECTION_MIN_CONFIDENCE %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed by proposal #%1 (IoU &gt; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x1 (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x2 (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y1 (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y2 (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset (File ▸ Open dataset…) to see its statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s ground truth is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far over %1 of %2 images; the rest are still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean %2, median %3, min %4, max %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 instances in %3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images without instances: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distinct sizes (height × width):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2: %3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object size: the square root of the mask area (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask area (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square root of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO small (area &lt; 32²): %1, medium: %2, large (area &gt; 96²): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect ratio of the objects&apos; boxes (height / width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height / width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification: on an instance of another class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localisation: right class, overlap too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both: wrong class and overlap too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: its instance was already matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background: on no instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed: an instance nothing matched or aimed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ground truth for this image: open a dataset image or load an annotation to see its error types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error types (TIDE) at %1 IoU %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground truth #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a crowd region: detections inside it are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Miss, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not matched; a Cls or Loc error aimed at it, so it counts there, not as a Miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection #%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — beyond the 100 highest-scoring detections of the image: not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — true positive: IoU %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (IoU %1 with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (highest IoU with any instance %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; inside a crowd region, so left out of the AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIDE&apos;s rules on %1 IoU: a match at IoU &gt;= %2, background at IoU &lt;= %3; the dataset evaluation finds the same errors in this image for the same detections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a detection to see where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match on box overlap (COCO bbox) instead of mask overlap (COCO segm); a model without masks always uses boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground truth: the top four classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground truth: mini masks and their expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground truth flipped as the augmentation does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error types (TIDE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object aspect ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12. Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation&apos;s masks are %1×%2 pixels but the image is %3×%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, mask area %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more classes with a smaller area are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: empty after resizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expanded: IoU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2: box %3×%4 pixels, %5 mask pixels; expanded back, IoU %6 with the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: each mask in the molded image; its mini mask (MINI_MASK_SHAPE %1×%2, what training stores when USE_MINI_MASK is %3); the mini mask expanded back into its box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The molded image and its ground truth flipped left to right, as the data generator&apos;s augmentation does with probability 0.5 (mrcnn train --flip h).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundTruthLoader</name>
    <message>
        <source>%1 has no entry for %2 (%3 images in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the annotation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <source>%1 (class %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor #%1 %2, objectness %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified as %1 with probability %2 (background %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final detection #%1, score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the NMS of %1 as its #%2; suppressed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the RPN&apos;s NMS as proposal #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed the background and confidence filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-NMS rank %1 of %2; refined to %3, clipped to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refined by the class-specific deltas to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlapGrid</name>
    <message>
        <source>No predictions or no ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground Truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>demo shapes model (untrained, random weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo shapes model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s ground truth is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the figure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not finish; no screenshots taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window did not show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take a screenshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCsvText</name>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightText</name>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exploding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n value(s), min %3, max %4, mean %5, std %6, NaN %7, Inf %8</source>
        <translation>
            <numerusform>%1 %2: %n value, min %3, max %4, mean %5, std %6, NaN %7, Inf %8</numerusform>
            <numerusform>%1 %2: %n values, min %3, max %4, mean %5, std %6, NaN %7, Inf %8</numerusform>
        </translation>
    </message>
    <message>
        <source>alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share no weight tensor: they are not two versions of one model, so there is no change to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1 (the reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n common tensor(s) changed</source>
        <translation>
            <numerusform>%1 of %n common tensor changed</numerusform>
            <numerusform>%1 of %n common tensors changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) only in A</source>
        <translation>
            <numerusform>%n tensor only in A</numerusform>
            <numerusform>%n tensors only in A</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s) only in B</source>
        <translation>
            <numerusform>%n tensor only in B</numerusform>
            <numerusform>%n tensors only in B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Mask R-CNN Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras .h5 weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config preset or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of each stage and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to inspect, or Keras .h5 weights to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest image to decode, in pixels (default 100000000; also MRCNN_MAX_IMAGE_PIXELS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --max-image-pixels: &quot;%1&quot; is not a positive whole number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every convolution channels-last instead of the path measured fastest on this machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ClassApTable</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask AP@.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box AP@.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCOeval&apos;s AP per class (area all, 100 detections per image): AP is the mean over IoU 0.50:0.95, as mrcnn eval --per-class; — where the class has no ground truth. Instances: ground truth without crowds; detections: kept at the minimum confidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ConfigTable</name>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ConfusionView</name>
    <message>
        <source>background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ground truth %1, predicted %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to list its detections and ground truth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ground truth %1, predicted %2: %n item(s). Double-click or press Enter to open the image.</source>
        <translation>
            <numerusform>Ground truth %1, predicted %2: %n item. Double-click or press Enter to open the image.</numerusform>
            <numerusform>Ground truth %1, predicted %2: %n items. Double-click or press Enter to open the image.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: ground truth; columns: predicted. Masks matched at IoU 0.5 whatever the class, detections at minimum confidence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::DatasetPanel</name>
    <message>
        <source>Open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset annotations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a shapes dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, size and seed, as shapes:COUNT[xSIZE][@SEED] (the original&apos;s synthetic squares, circles and triangles):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset open. File ▸ Open dataset… reads COCO, VIA and xBD files, mask folders and generated shapes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n image(s)</source>
        <translation>
            <numerusform>%1 (%2): %n image</numerusform>
            <numerusform>%1 (%2): %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n class(es)</source>
        <translation>
            <numerusform>, %n class</numerusform>
            <numerusform>, %n classes</numerusform>
        </translation>
    </message>
    <message>
        <source> — counting stopped: the counts and the class filter cover the images counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset has %1 classes with BG, the model %2 (NUM_CLASSES): ground truth is labelled with the dataset&apos;s names, predictions with the model&apos;s, and the class ids of the two do not correspond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class names differ between the dataset and the model (id: dataset / model): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in the dataset</source>
        <translation>
            <numerusform>⚠ %n problem in the dataset</numerusform>
            <numerusform>⚠ %n problems in the dataset</numerusform>
        </translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n instance(s))</source>
        <translation>
            <numerusform>%1 (%n instance)</numerusform>
            <numerusform>%1 (%n instances)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dataset f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate a shapes dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search file names and ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With errors (%n image(s))</source>
        <translation>
            <numerusform>With errors (%n image)</numerusform>
            <numerusform>With errors (%n images)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %1 errors (%n image(s))</source>
        <translation>
            <numerusform>With %1 errors (%n image)</numerusform>
            <numerusform>With %1 errors (%n images)</numerusform>
        </translation>
    </message>
    <message>
        <source>Images by their TIDE errors in the last evaluation (masks, IoU 0.5): Cls wrong class, Loc poor overlap, Both, Dupe duplicate, Bkg background, Miss missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evaluation to save: Evaluate the listed images first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the evaluation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot open the evaluation %1: it names image %2, and %3 has %n image(s)</source>
        <translation>
            <numerusform>Cannot open the evaluation %1: it names image %2, and %3 has %n image</numerusform>
            <numerusform>Cannot open the evaluation %1: it names image %2, and %3 has %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Open e&amp;valuation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a saved evaluation without running the model, with its dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evalu&amp;ation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the evaluation: a manifest with the COCO ground truth and results beside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::DatasetTableModel</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP@0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors (TIDE, masks at IoU 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIDE errors (masks, IoU 0.5): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ErrorTypesView</name>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIDE&apos;s AP@.5 = %1 at minimum confidence %2. ΔAP: the AP points gained if every error of that type were fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All false positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All false negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every error type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ΔAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification: right place, wrong class. Localisation: right class, IoU between 0.1 and 0.5. Class and location: both wrong. Duplicate: a ground truth already matched by a higher score. Background: IoU at most 0.1 with every ground truth. Missed: ground truth no detection found. Click a type to list its errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::EvaluationBox</name>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image is listed: clear the search or the class filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n image(s)…</source>
        <translation>
            <numerusform>Evaluating %n image…</numerusform>
            <numerusform>Evaluating %n images…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluating: %1 of %2 images, %3 images/s, about %4 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s) left out.</source>
        <translation>
            <numerusform>%n unreadable image left out.</numerusform>
            <numerusform>%n unreadable images left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluate the listed images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers at the new minimum confidence failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images in %2 s (%3 with ground truth), %4 detections at minimum confidence %7. The original&apos;s mean per-image mAP @0.5 = %5, @[.5:.95] = %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the model or a threshold other than the minimum confidence changed since; Evaluate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the model with the window&apos;s thresholds on every image the list shows and computes the numbers of mrcnn eval. Detections are kept down to confidence 0: the minimum confidence in Thresholds then recomputes every number at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::EvaluationCompare</name>
    <message>
        <source>Compare with a saved evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ (this − compared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This AP@0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared AP@0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this evaluation with a saved one (File ▸ Save evaluation…): another model or checkpoint on these images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original mAP@0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original mAP@[.5:.95]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This evaluation against %1, both at minimum confidence %2; %n image(s) with ground truth in both.</source>
        <translation>
            <numerusform>This evaluation against %1, both at minimum confidence %2; %n image with ground truth in both.</numerusform>
            <numerusform>This evaluation against %1, both at minimum confidence %2; %n images with ground truth in both.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image sets differ (%1 only here, %2 only there): the dataset-wide numbers are not over the same images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a saved evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::EvaluationSummary</name>
    <message>
        <source>AP @[.50:.95]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP @.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP @.75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR max 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR max 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR max 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO bbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO segm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At minimum confidence %1: %2 detections. The original&apos;s mean per-image mAP on masks @0.5 = %3, @[.5:.95] = %4 (%5 images with ground truth).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::EvaluationView</name>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and documents (*.png *.svg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation yet: open a dataset (File ▸ Open dataset…) and press Evaluate in the Dataset dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ExportAllJob</name>
    <message numerus="yes">
        <source>Wrote %n %1 file(s) to %2.</source>
        <translation>
            <numerusform>Wrote %n %1 file to %2.</numerusform>
            <numerusform>Wrote %n %1 files to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n figure(s) not exported.</source>
        <translation>
            <numerusform>Cancelled: %n figure not exported.</numerusform>
            <numerusform>Cancelled: %n figures not exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n figure(s) this run cannot show:</source>
        <translation>
            <numerusform>Skipped %n figure this run cannot show:</numerusform>
            <numerusform>Skipped %n figures this run cannot show:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) failed:</source>
        <translation>
            <numerusform>%n figure failed:</numerusform>
            <numerusform>%n figures failed:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: no run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::LoadReportTable</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer / weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1, model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected by the model, absent from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the file, unknown to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped by the exclude list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mask head in the file: a detection-only model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;annotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open mask &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mask R-CNN Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask R-CNN Inspector shows, stage by stage, how a Mask R-CNN model trained with matterport&apos;s Keras implementation reaches its detections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;training log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask R-CNN Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage of the selected detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result for this image: the run was cancelled or failed. File → Run again (F5) runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model and an image to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This figure could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Running… %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n detection(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n detection</numerusform>
            <numerusform>%1 — %2 — %n detections</numerusform>
        </translation>
    </message>
    <message>
        <source> — no ground truth for this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a final detection to see where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open mask folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all figures to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model from a .h5 file first: its weights are compared with the second file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare weights with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras weights (*.h5 *.hdf5);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training logs and checkpoints (*.csv *.h5);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ModelDialog</name>
    <message>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights (.h5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred from the weights file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One class name per line, BG first (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from a text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five sizes in pixels, e.g. 32, 64, 128, 256, 512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras weights (*.h5 *.hdf5);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⚠ guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed: %1 does not store %2 and no config JSON lies beside it; %3 is the base configuration&apos;s value. Check it before loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed: the configuration in %1 does not set %2; %3 is the default value. Check it before loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration read from %1 beside the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no configuration and no config JSON lies beside it: sizes were read from its layers, the fields marked ⚠ were guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also guessed (use a preset or a JSON file to change them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a weights file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values were guessed (marked ⚠): check them, then press Open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPN_ANCHOR_SCALES: &quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::PrCurvesView</name>
    <message>
        <source>Every class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recall %2, precision %3, score %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision-recall per class, %1 at IoU %2, minimum confidence %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (AP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::Session</name>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 of the dataset: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::ThresholdPanel</name>
    <message>
        <source>Min. confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETECTION_MIN_CONFIDENCE: ROIs scoring below are dropped (0 disables the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection NMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETECTION_NMS_THRESHOLD: per-class NMS IoU threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPN NMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPN_NMS_THRESHOLD: the proposal layer&apos;s NMS IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST_NMS_ROIS_INFERENCE: proposals kept after the RPN&apos;s NMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmold_mask: mask pixels &gt;= this value are inside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::TrainingPanel</name>
    <message>
        <source>Open training log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training log. A model opened from a training folder of `mrcnn train` shows its history here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training run in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s) logged</source>
        <translation>
            <numerusform>%n epoch logged</numerusform>
            <numerusform>%n epochs logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) logged</source>
        <translation>
            <numerusform>%n step logged</numerusform>
            <numerusform>%n steps logged</numerusform>
        </translation>
    </message>
    <message>
        <source>loaded checkpoint: epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training run of the embedded demo model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightDiffPanel</name>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a second .h5 (B) and show ‖a − b‖ / ‖b‖ per tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model from a .h5 file to compare its weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightTableModel</name>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightsAnalysis</name>
    <message>
        <source>The training log beside %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the statistics of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model from a .h5 file first: there is nothing to compare %1 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the training log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::gui::WeightsPanel</name>
    <message>
        <source>Tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by layer, weight, shape or alert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts on a logarithmic axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 tensors, %3 parameters, %4 with alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weight file: the model was not opened from a .h5 file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::views::FigureView</name>
    <message>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mrcnn::views::SceneCanvas</name>
    <message>
        <source>x %1, y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  RGB %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box y1 %1, x1 %2, y2 %3, x2 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
