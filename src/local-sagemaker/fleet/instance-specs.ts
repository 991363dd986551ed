/** Accelerator of an instance type, with the device memory a training framework reports. */
export type Accelerator =
  | { kind: "nvidia"; gpu: string; memoryGiB: number }
  | { kind: "neuron"; memoryGiB: number }
  | { kind: "none" };

/**
 * NVIDIA GPU of each instance family and the total memory PyTorch reports for
 * one device, which is a little below the marketed size. The memory values
 * are estimates from the GPU models' published sizes, not measured on AWS.
 */
const NVIDIA_FAMILIES: readonly (readonly [family: string, gpu: string, memoryGiB: number])[] = [
  ["p3", "Tesla V100-SXM2-16GB", 15.77],
  ["p4d", "NVIDIA A100-SXM4-40GB", 39.39],
  ["p4de", "NVIDIA A100-SXM4-80GB", 79.15],
  ["p5", "NVIDIA H100 80GB HBM3", 79.11],
  ["p6e-gb200", "NVIDIA GB200", 184.31],
  ["g4dn", "Tesla T4", 14.58],
  ["g5", "NVIDIA A10G", 22.19],
  ["g6", "NVIDIA L4", 22.03],
  ["g6e", "NVIDIA L40S", 44.39],
];

/** Memory of one Trainium chip of a trn1 instance, shared by its two NeuronCore-v2. */
const TRAINIUM_CHIP_GIB = 32;

/** Memory per vCPU of the CPU families the fleet uses (c5n.9xlarge has 96 GiB for 36 vCPUs). */
const GIB_PER_VCPU: Readonly<Record<string, number>> = { m5: 4, m6i: 4, c5: 2, c5n: 96 / 36, r5: 8 };

/** vCPUs of each instance size. */
const VCPUS_BY_SIZE: Readonly<Record<string, number>> = {
  large: 2,
  xlarge: 4,
  "2xlarge": 8,
  "4xlarge": 16,
  "9xlarge": 36,
  "12xlarge": 48,
  "18xlarge": 72,
  "24xlarge": 96,
};

/** Returns the family part of an instance type: `ml.g5.2xlarge` -> `g5`. */
export function instanceFamily(instanceType: string): string {
  return instanceType.split(".")[1] ?? "";
}

/** Returns the accelerator of `instanceType`: an NVIDIA GPU, a Trainium chip, or none for CPU instances. */
export function acceleratorOf(instanceType: string): Accelerator {
  const family = instanceFamily(instanceType);
  const nvidia = NVIDIA_FAMILIES.find(([name]) => name === family);
  if (nvidia !== undefined) {
    return { kind: "nvidia", gpu: nvidia[1], memoryGiB: nvidia[2] };
  }
  if (family.startsWith("trn")) {
    return { kind: "neuron", memoryGiB: TRAINIUM_CHIP_GIB };
  }
  return { kind: "none" };
}

/** Returns the memory of a CPU instance in GiB, or undefined for a family or size outside the tables. */
export function hostMemoryGiB(instanceType: string): number | undefined {
  const [, family, size] = instanceType.split(".");
  const perVcpu = GIB_PER_VCPU[family ?? ""];
  const vcpus = VCPUS_BY_SIZE[size ?? ""];
  return perVcpu !== undefined && vcpus !== undefined ? Math.round(perVcpu * vcpus) : undefined;
}
