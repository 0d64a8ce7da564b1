/* Writes the keras_h5 fuzz target's seeds (committed under corpus/keras_h5/): small Keras weight
 * files in the layouts the reader knows. Usage: make_h5_seeds OUTDIR. Build:
 *   cc -o make_h5_seeds make_h5_seeds.c $(pkg-config --cflags --libs hdf5-serial) */
#include <hdf5.h>
#include <stdio.h>
#include <string.h>

/* A 1-D array of fixed-length (or, with variable set, variable-length) strings. */
static void stringsAttr(hid_t obj, const char* name, const char** values, hsize_t n, int variable) {
    hid_t type = H5Tcopy(H5T_C_S1);
    size_t longest = 1;
    for (hsize_t i = 0; i < n; ++i)
        if (strlen(values[i]) + 1 > longest)
            longest = strlen(values[i]) + 1;
    H5Tset_size(type, variable ? H5T_VARIABLE : longest);
    hid_t space = H5Screate_simple(1, &n, NULL);
    hid_t attr = H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    if (variable) {
        H5Awrite(attr, type, values);
    } else {
        char buf[16][64] = {{0}};
        for (hsize_t i = 0; i < n && i < 16; ++i)
            strncpy(buf[i], values[i], 63);
        hid_t packed = H5Tcopy(H5T_C_S1);
        H5Tset_size(packed, 64);
        H5Tclose(type);
        type = packed;
        H5Aclose(attr);
        H5Adelete(obj, name);
        attr = H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
        H5Awrite(attr, type, buf);
    }
    H5Aclose(attr);
    H5Sclose(space);
    H5Tclose(type);
}

/* <layer>/<layer>/<weight> float32 of the given shape, values 0.5 * index. */
static void weight(hid_t layer, const char* layerName, const char* weightName, int rank,
                   const hsize_t* dims) {
    hid_t inner = H5Lexists(layer, layerName, H5P_DEFAULT) > 0
                      ? H5Gopen2(layer, layerName, H5P_DEFAULT)
                      : H5Gcreate2(layer, layerName, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    float values[64];
    for (int i = 0; i < 64; ++i)
        values[i] = 0.5f * (float)i;
    hid_t space = H5Screate_simple(rank, dims, NULL);
    hid_t data = H5Dcreate2(inner, weightName, H5T_IEEE_F32LE, space, H5P_DEFAULT, H5P_DEFAULT,
                            H5P_DEFAULT);
    H5Dwrite(data, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, values);
    H5Dclose(data);
    H5Sclose(space);
    H5Gclose(inner);
}

static void writeFile(const char* path, int fullModel, int variable) {
    hid_t file = H5Fcreate(path, H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    const char* version[] = {"2.0.8"};
    const char* backend[] = {"tensorflow"};
    stringsAttr(file, "keras_version", version, 1, variable);
    stringsAttr(file, "backend", backend, 1, variable);
    hid_t root = fullModel ? H5Gcreate2(file, "model_weights", H5P_DEFAULT, H5P_DEFAULT,
                                        H5P_DEFAULT)
                           : file;
    const char* layers[] = {"conv1", "activation_1", "mrcnn_bbox_fc"};
    /* Full-model files here use the chunked form (layer_names0, layer_names1). */
    if (fullModel) {
        stringsAttr(root, "layer_names0", layers, 2, variable);
        stringsAttr(root, "layer_names1", layers + 2, 1, variable);
    } else {
        stringsAttr(root, "layer_names", layers, 3, variable);
        const char* config[] = {"{\"NAME\": \"shapes\", \"NUM_CLASSES\": 4}"};
        stringsAttr(file, "mrcnn_config", config, 1, 1);
    }
    hid_t conv = H5Gcreate2(root, "conv1", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    const char* convWeights[] = {"conv1/kernel:0", "conv1/bias:0"};
    stringsAttr(conv, "weight_names", convWeights, 2, variable);
    hsize_t kernel[4] = {1, 1, 3, 2}, bias[1] = {2};
    weight(conv, "conv1", "kernel:0", 4, kernel);
    weight(conv, "conv1", "bias:0", 1, bias);
    H5Gclose(conv);
    hid_t act = H5Gcreate2(root, "activation_1", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    /* Keras writes an empty float array for a layer without weights. */
    hsize_t zero = 0;
    hid_t space = H5Screate_simple(1, &zero, NULL);
    hid_t attr = H5Acreate2(act, "weight_names", H5T_IEEE_F32LE, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Aclose(attr);
    H5Sclose(space);
    H5Gclose(act);
    hid_t fc = H5Gcreate2(root, "mrcnn_bbox_fc", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    const char* fcWeights[] = {"mrcnn_bbox_fc/kernel:0"};
    stringsAttr(fc, "weight_names", fcWeights, 1, variable);
    hsize_t fcKernel[2] = {4, 8};
    weight(fc, "mrcnn_bbox_fc", "kernel:0", 2, fcKernel);
    H5Gclose(fc);
    if (fullModel)
        H5Gclose(root);
    H5Fclose(file);
}

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/save_weights.h5", argv[1]);
    writeFile(path, 0, 0);
    snprintf(path, sizeof path, "%s/save_weights_vlen.h5", argv[1]);
    writeFile(path, 0, 1);
    snprintf(path, sizeof path, "%s/full_model_chunked.h5", argv[1]);
    writeFile(path, 1, 0);
    return 0;
}
