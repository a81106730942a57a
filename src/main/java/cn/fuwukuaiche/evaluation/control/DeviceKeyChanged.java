package cn.fuwukuaiche.evaluation.control;

/** A device key was issued or revoked: {@link DeviceKeyCheck} drops what it kept once the change is committed. */
public record DeviceKeyChanged(long keyId) {
}
