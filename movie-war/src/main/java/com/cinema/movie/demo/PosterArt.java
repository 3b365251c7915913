package com.cinema.movie.demo;

import javax.imageio.ImageIO;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Abstract poster artwork for demo movies: a gradient with circles, bands and a polygon, all chosen by a
 * random generator seeded with the title, so every run draws the same poster for the same title. No text
 * (headless JVMs in containers may have no fonts), no copyrighted images. A PNG of 300 x 450 pixels.
 */
public final class PosterArt {

    public static final int WIDTH = 300;
    public static final int HEIGHT = 450;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private PosterArt() {
    }

    public static byte[] png(String title) {
        Random random = new Random(title.hashCode() * 31L + title.length());
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = random.nextFloat();
            Color top = Color.getHSBColor(hue, 0.55f + random.nextFloat() * 0.35f, 0.25f + random.nextFloat() * 0.3f);
            Color bottom = Color.getHSBColor((hue + 0.35f + random.nextFloat() * 0.3f) % 1f, 0.6f, 0.75f + random.nextFloat() * 0.2f);
            g.setPaint(new GradientPaint(0, 0, top, WIDTH * random.nextFloat(), HEIGHT, bottom));
            g.fillRect(0, 0, WIDTH, HEIGHT);

            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
            for (int i = 0, circles = 3 + random.nextInt(4); i < circles; i++) {
                double size = 60 + random.nextDouble() * 220;
                g.setColor(Color.getHSBColor((hue + random.nextFloat() * 0.5f) % 1f, 0.5f, 0.95f));
                g.fill(new Ellipse2D.Double(random.nextDouble() * WIDTH - size / 2, random.nextDouble() * HEIGHT - size / 2,
                        size, size));
            }

            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
            g.setStroke(new BasicStroke(4 + random.nextInt(10)));
            g.setColor(Color.getHSBColor((hue + 0.5f) % 1f, 0.3f, 1f));
            for (int i = 0, bands = 2 + random.nextInt(3); i < bands; i++) {
                int y = random.nextInt(HEIGHT);
                g.drawLine(0, y, WIDTH, y + random.nextInt(160) - 80);
            }

            Path2D polygon = new Path2D.Double();
            polygon.moveTo(random.nextDouble() * WIDTH, random.nextDouble() * HEIGHT);
            for (int i = 0, corners = 3 + random.nextInt(3); i < corners; i++) {
                polygon.lineTo(random.nextDouble() * WIDTH, random.nextDouble() * HEIGHT);
            }
            polygon.closePath();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.3f));
            g.setColor(Color.getHSBColor((hue + 0.15f) % 1f, 0.8f, 0.9f));
            g.fill(polygon);

            // A dark band at the foot of the poster, where a title would go.
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
            g.setColor(Color.BLACK);
            g.fillRect(0, HEIGHT - 70, WIDTH, 70);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JVM");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
