package cn.fuwukuaiche.base.demo;

import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Random;

/**
 * What seeders share: the entity manager, the one demo password hash (hashing is slow on purpose),
 * a seeded random source so every demo county is the same, and "today".
 */
public record DemoContext(EntityManager em, String passwordHash, Random random, LocalDate today) {
}
