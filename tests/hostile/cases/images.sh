# Images whose header asks for more pixels than the limit (sourced by run_hostile.sh): refused
# from the header, before decoding, with the size, the limit and how to raise it.
# A real 20000x20000 grey PNG (1.2 GB as RGB, then a 9.6 GB float64 copy) is ~400 KB compressed:
# made here, not committed.
python3 - "$SCRATCH/huge.png" <<'PY'
import struct, sys, zlib
w = h = 20000
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
z = zlib.compressobj(9)
row = b"\0" * (w + 1)  # filter byte + grey pixels
idat = b"".join(z.compress(row) for _ in range(h)) + z.flush()
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
open(sys.argv[1], "wb").write(png + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
PY
out=$(fresh_dir images_huge_detect)
hostile images_huge_png_detect nonzero \
    "huge\.png: PNG image of 20000x20000 = 400000000 pixels is over the limit of 100000000 pixels.*--max-image-pixels" \
    --absent "$out/*" -- \
    "$MRCNN" detect --config "$CFG" --weights "$W" --image "$SCRATCH/huge.png" --json "$out/d.json"
hostile images_huge_png_bench nonzero "huge\.png: PNG image of 20000x20000" -- \
    "$MRCNN" bench --config "$CFG" --weights "$W" --image "$SCRATCH/huge.png" --runs 1
hostile images_huge_png_figure nonzero "huge\.png: PNG image of 20000x20000" -- \
    "$MRCNN" figure --stage anchors --config "$CFG" --weights "$W" --image "$SCRATCH/huge.png" \
    --out "$SCRATCH/huge_figure.png"
# The limit is configurable both ways: lowered by the option or the environment.
hostile images_limit_option nonzero "shapes_001\.png: PNG image of 128x128 = 16384 pixels is over the limit of 1000 pixels" -- \
    "$MRCNN" --max-image-pixels 1000 detect --config "$CFG" --weights "$W" --image "$DATA/images/shapes_001.png"
hostile images_limit_env nonzero "over the limit of 999 pixels" -- \
    env MRCNN_MAX_IMAGE_PIXELS=999 "$MRCNN" detect --config "$CFG" --weights "$W" --image "$DATA/images/shapes_001.png"
# A header cut short, and an empty declared size.
head -c 20 "$DATA/images/shapes_001.png" >"$SCRATCH/cut.png"
hostile images_cut_header nonzero "cut\.png" -- \
    "$MRCNN" detect --config "$CFG" --weights "$W" --image "$SCRATCH/cut.png"
# A 203-byte JPEG with junk before its tables (found by the image fuzzer) declares 15617x40961:
# the header check reads past the junk as libjpeg does, so it is refused before decoding (it
# used to decode to 640 megapixels: 24 s and 11.8 GB in detect).
hostile image_jpeg_junk_before_frame nonzero "jpeg_junk_640mp\.jpg: JPEG image of 15617x40961 = 639687937 pixels is over the limit" -- \
    "$MRCNN" detect --config "$CFG" --weights "$W" --image "$HOSTILE/images/jpeg_junk_640mp.jpg"
