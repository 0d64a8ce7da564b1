/* Writes a Keras-layout .h5 whose one weight dataset declares a shape but stores nothing
 * (late allocation): the file stays a few KB while the header claims DIM0 x DIM1 floats.
 * Usage: h5_declared OUT.h5 DIM0 DIM1. Built and run by gen_limits.py (python3 has no h5py). */
#include <hdf5.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void stringAttr(hid_t obj, const char* name, const char* value) {
    hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, strlen(value) + 1);
    hsize_t one = 1;
    hid_t space = H5Screate_simple(1, &one, NULL);
    hid_t attr = H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(attr, type, value);
    H5Aclose(attr);
    H5Sclose(space);
    H5Tclose(type);
}

int main(int argc, char** argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s OUT.h5 DIM0 DIM1\n", argv[0]);
        return 2;
    }
    hsize_t dims[2] = {strtoull(argv[2], NULL, 10), strtoull(argv[3], NULL, 10)};
    hid_t file = H5Fcreate(argv[1], H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    stringAttr(file, "layer_names", "mrcnn_class_logits");
    stringAttr(file, "keras_version", "2.0.8");
    stringAttr(file, "backend", "tensorflow");
    hid_t layer = H5Gcreate2(file, "mrcnn_class_logits", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    stringAttr(layer, "weight_names", "mrcnn_class_logits/kernel:0");
    hid_t inner = H5Gcreate2(layer, "mrcnn_class_logits", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    hid_t space = H5Screate_simple(2, dims, NULL);
    hid_t plist = H5Pcreate(H5P_DATASET_CREATE);
    H5Pset_alloc_time(plist, H5D_ALLOC_TIME_LATE);
    H5Pset_fill_time(plist, H5D_FILL_TIME_NEVER);
    hid_t data = H5Dcreate2(inner, "kernel:0", H5T_IEEE_F32LE, space, H5P_DEFAULT, plist,
                            H5P_DEFAULT);
    int ok = data >= 0;
    H5Dclose(data);
    H5Pclose(plist);
    H5Sclose(space);
    H5Gclose(inner);
    H5Gclose(layer);
    H5Fclose(file);
    return ok ? 0 : 1;
}
