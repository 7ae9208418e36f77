package org.guidekit.importer;

/**
 * A picture to be saved beside the guide.
 *
 * @param fileName the name in the guide's {@code images/} folder, e.g. {@code back-care-1.png}
 * @param bytes    the image data (PNG or JPEG)
 */
record ImportedPicture(String fileName, byte[] bytes) {
}
