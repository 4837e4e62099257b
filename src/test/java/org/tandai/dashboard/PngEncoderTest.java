package org.tandai.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG the dashboard writes is one that a standard reader decodes to the same pixels. */
class PngEncoderTest {
    @Test
    void aStandardReaderDecodesTheSamePixels() throws Exception {
        int w = 37;
        int h = 11;
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xff000000 | (i * 2654435761L > 0 ? (int) (i * 2654435761L) & 0xffffff : i);
        }
        argb[5] = 0x80102030; // half transparent
        byte[] png = PngEncoder.encode(w, h, argb);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(png, 8));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        int[] back = img.getRGB(0, 0, w, h, null, 0, w);
        assertArrayEquals(argb, back);
    }

    @Test
    void theWrongNumberOfPixelsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(2, 2, new int[3]));
    }
}
